namespace Bulletin.Docs.Layout.LineBreaking;

/// <summary>Placeholder for the clreq strictness levels (issue #3); replaced on merge.</summary>
public enum LineBreakStrictness
{
    /// <summary>GB.</summary>
    GB,
}
