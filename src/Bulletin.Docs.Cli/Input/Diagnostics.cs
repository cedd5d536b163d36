using System.Globalization;
using System.Text;
using Bulletin.Docs.Validation;

namespace Bulletin.Docs.Cli.Input;

/// <summary>A place in an input file: line and column, both from 1 (column in UTF-16 code units).</summary>
internal readonly record struct SourceLocation(int Line, int Column)
{
    /// <summary>The start of the file, for problems no better place is known for.</summary>
    public static SourceLocation Start => new(1, 1);
}

/// <summary>One problem in an input file, printed as <c>file:line:column: message</c> (the form compilers and editors read).</summary>
internal sealed record Diagnostic(string File, SourceLocation Location, string Message)
{
    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{File}:{Location.Line}:{Location.Column}: {Message}");
}

/// <summary>
/// Where each part of the model came from in the input: model paths (<c>Items[2].Body[0].Inlines[1]</c>,
/// the validator's paths) mapped to source locations, so a validation problem can name its line.
/// </summary>
internal sealed class SourceMap(string text)
{
    private readonly Dictionary<string, SourceLocation> locations = new(StringComparer.Ordinal);
    private string[]? lines;

    /// <summary>Records where the model part at <paramref name="path"/> starts; the first record wins.</summary>
    public void Add(string path, SourceLocation location) => locations.TryAdd(path, location);

    /// <summary>
    /// The location of <paramref name="path"/> or of its nearest recorded parent. For a problem about
    /// one character (<c>offset N: U+XXXX …</c>), the column of that character on the node's lines.
    /// </summary>
    public SourceLocation Locate(ValidationProblem problem)
    {
        var path = problem.Path;
        while (true)
        {
            if (locations.TryGetValue(path, out var location))
            {
                return Refine(location, problem.Message);
            }

            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0)
            {
                return locations.TryGetValue("Theme", out var theme) && problem.Path.StartsWith("Theme", StringComparison.Ordinal)
                    ? theme
                    : SourceLocation.Start;
            }

            path = path[..cut];
        }
    }

    private SourceLocation Refine(SourceLocation location, string message)
    {
        // The validator names an uncovered character as "offset N: U+XXXX"; find it from the node on.
        var at = message.IndexOf("U+", StringComparison.Ordinal);
        if (at < 0 || !int.TryParse(message.AsSpan(at + 2, Math.Min(6, message.Length - at - 2)).TrimEnd(" ,:"), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var codePoint)
            || !Rune.IsValid(codePoint))
        {
            return location;
        }

        var wanted = char.ConvertFromUtf32(codePoint);
        lines ??= text.Split('\n');
        for (var line = location.Line - 1; line < lines.Length && line < location.Line + 200; line++)
        {
            var from = line == location.Line - 1 ? Math.Min(location.Column - 1, lines[line].Length) : 0;
            var found = lines[line].IndexOf(wanted, from, StringComparison.Ordinal);
            if (found >= 0)
            {
                return new SourceLocation(line + 1, found + 1);
            }
        }

        return location;
    }
}

/// <summary>An input file read into the model, or the problems that stopped it.</summary>
/// <param name="File">The path as the user gave it (used in messages).</param>
/// <param name="Document">The bulletin; <c>null</c> when the file could not be read at all.</param>
/// <param name="Theme">The theme named in the file (front matter <c>theme:</c>), if any.</param>
/// <param name="Contents">The front matter's <c>contents:</c> (the 本期要目 box), if given.</param>
/// <param name="Map">Model paths to source locations.</param>
/// <param name="Problems">What the reader found wrong, in file order.</param>
/// <param name="ReportedPaths">Model paths the reader already reported (a missing image…), so validation does not report them twice.</param>
internal sealed record LoadedInput(
    string File,
    BulletinDocument? Document,
    ThemeReference? Theme,
    bool? Contents,
    SourceMap Map,
    IReadOnlyList<Diagnostic> Problems,
    IReadOnlySet<string> ReportedPaths);

/// <summary>A theme named in an input: a built-in name or a theme file, and where it was named.</summary>
internal sealed record ThemeReference(string Value, string BaseDirectory, string File, SourceLocation Location);
