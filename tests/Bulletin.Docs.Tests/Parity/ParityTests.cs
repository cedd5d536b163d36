using System.Text;
using Bulletin.Docs.Tests.Pdf;
using Bulletin.Docs.Tests.Support;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Parity;

/// <summary>
/// Word and PDF look alike: LibreOffice's PDF of our DOCX, drawn with the same faces, against our
/// own PDF of every sample.
/// </summary>
[TestFixture]
public sealed class ParityTests
{
    private static IEnumerable<string> SampleNames() => RenderedSample.Names();

    [TestCaseSource(nameof(SampleNames))]
    public void LibreOffice_loses_no_character_of_the_docx(string sample)
    {
        var rendering = LibreOfficeRendering.Of(sample);

        var ours = Characters(ExternalTool.PdfToText(rendering.Ours.PdfPath));
        var theirs = Characters(ExternalTool.PdfToText(rendering.LibreOfficePdf));

        var missing = ours.Where(pair => pair.Value > theirs.GetValueOrDefault(pair.Key))
            .Select(pair => $"{pair.Key} ×{pair.Value - theirs.GetValueOrDefault(pair.Key)}")
            .ToList();
        Assert.That(missing, Is.Empty, $"characters of our PDF missing from LibreOffice's PDF of {sample}.docx");
    }

    /// <summary>How often each printed character occurs; white space and the dots of leaders left out.</summary>
    private static Dictionary<string, int> Characters(string text) =>
        text.EnumerateRunes()
            .Where(rune => !Rune.IsWhiteSpace(rune) && rune.Value != '.')
            .GroupBy(rune => rune.ToString())
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
}
