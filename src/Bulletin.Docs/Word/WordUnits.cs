using System.Globalization;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Word;

/// <summary>Conversions from points to the units Word stores, as invariant strings where Word wants text.</summary>
internal static class WordUnits
{
    /// <summary>English Metric Units per point (ECMA-376 §20.1.2.1: 12 700 EMU = 1 pt).</summary>
    public const long EmuPerPoint = 12_700;

    /// <summary>Points to twips (1/20 pt).</summary>
    public static int Twips(double points) => Length.ToTwips(points);

    /// <summary>Points to Word's half-points (<c>w:sz</c>), as text.</summary>
    public static string HalfPoints(double points) =>
        ((int)Math.Round(points * 2, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture);

    /// <summary>Points to eighths of a point (border widths, <c>w:sz</c> of <c>w:pBdr</c>).</summary>
    public static uint EighthPoints(double points) => (uint)Math.Round(points * 8, MidpointRounding.AwayFromZero);

    /// <summary>Points to EMU.</summary>
    public static long Emu(double points) => (long)Math.Round(points * EmuPerPoint, MidpointRounding.AwayFromZero);

    /// <summary>An integer as invariant text.</summary>
    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
