using Bulletin.Docs.Model;
namespace Bulletin.Docs.Layout;

/// <summary>
/// Thrown when a valid bulletin still cannot be laid out on its pages, e.g. a table row taller than
/// a column. The message names the place in the model: <c>Items[3].Body[2]: table row 5 is taller
/// than a column (812 pt &gt; 700 pt)</c>.
/// </summary>
public sealed class BulletinLayoutException : BulletinException
{
    /// <summary>Creates the exception for the problem at <paramref name="path"/>.</summary>
    public BulletinLayoutException(string path, string problem)
        : base($"{path}: {problem}")
    {
        Path = path;
        Problem = problem;
    }

    /// <summary>Where the problem is in the model, e.g. <c>Items[3].Body[2]</c>.</summary>
    public string Path { get; }

    /// <summary>What cannot be laid out.</summary>
    public string Problem { get; }
}
