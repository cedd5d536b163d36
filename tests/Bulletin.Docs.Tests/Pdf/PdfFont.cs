using Bulletin.Docs.Tests.Support;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Pdf;

/// <summary>One row of poppler's <c>pdffonts</c> table.</summary>
internal sealed record PdfFont(string Name, string Type, string Encoding, bool Embedded, bool Subset, bool HasToUnicode)
{
    /// <summary>Runs <c>pdffonts</c> on <paramref name="pdf"/> and parses its table.</summary>
    public static IReadOnlyList<PdfFont> List(string pdf)
    {
        var run = ExternalTool.Run("pdffonts", [pdf]);
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var lines = run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var rule = Array.FindIndex(lines, line => line.StartsWith("----", StringComparison.Ordinal));
        Assert.That(rule, Is.GreaterThan(0), $"No table in pdffonts' output.\n{run}");

        // The dashes under the header give each column's extent: name, type, encoding, emb, sub, uni, object ID.
        var columns = new List<(int Start, int Length)>();
        var dashes = lines[rule];
        for (var i = 0; i < dashes.Length;)
        {
            var end = dashes.IndexOf(' ', i);
            end = end < 0 ? dashes.Length : end;
            columns.Add((i, end - i));
            i = end + 1;
        }

        return [.. lines.Skip(rule + 1).Select(line =>
        {
            string Column(int index) =>
                columns[index].Start >= line.Length ? "" : line.Substring(columns[index].Start, Math.Min(columns[index].Length, line.Length - columns[index].Start)).Trim();
            return new PdfFont(Column(0), Column(1), Column(2), Column(3) == "yes", Column(4) == "yes", Column(5) == "yes");
        })];
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Type}, {Encoding}, emb {Embedded}, sub {Subset}, uni {HasToUnicode})";
}
