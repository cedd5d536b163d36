namespace Bulletin.Docs.Fonts;

/// <summary>What <see cref="FontRegistry.RegisterDirectory"/> registered and what it skipped.</summary>
/// <param name="Registered">Faces registered, in file-name order.</param>
/// <param name="Skipped">Files not registered, with the reason (CFF outlines, damaged, not a font).</param>
public sealed record FontDirectoryReport(IReadOnlyList<RegisteredFace> Registered, IReadOnlyList<SkippedFontFile> Skipped);

/// <summary>A font file a directory registration skipped.</summary>
/// <param name="Path">The file.</param>
/// <param name="Reason">Why, e.g. the message of <see cref="UnsupportedFontException"/>.</param>
public sealed record SkippedFontFile(string Path, string Reason);
