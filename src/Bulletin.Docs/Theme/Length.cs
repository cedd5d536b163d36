namespace Bulletin.Docs.Theme;

/// <summary>Unit conversions to points, the unit of every length in a theme.</summary>
public static class Length
{
    /// <summary>Points per millimetre.</summary>
    public const double PointsPerMillimetre = 72 / 25.4;

    /// <summary>Millimetres to points.</summary>
    public static double Mm(double millimetres) => millimetres * PointsPerMillimetre;

    /// <summary>Points to twentieths of a point (twips), Word's page unit, rounded.</summary>
    public static int ToTwips(double points) => (int)Math.Round(points * 20, MidpointRounding.AwayFromZero);
}
