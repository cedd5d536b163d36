using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Docs.Word;

/// <summary>Complex fields (ECMA-376 §17.16.18): begin, instruction, separate, cached result, end.</summary>
internal static class FieldRuns
{
    /// <summary>The current page number, <c>PAGE</c>.</summary>
    public static IEnumerable<OpenXmlElement> Page() => Field(" PAGE ", "1");

    /// <summary>The number of pages, <c>NUMPAGES</c>.</summary>
    public static IEnumerable<OpenXmlElement> NumPages() => Field(" NUMPAGES ", "1");

    /// <summary>A field with its instruction and the result shown until Word updates it.</summary>
    public static IEnumerable<OpenXmlElement> Field(string instruction, string cachedResult)
    {
        yield return new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.Begin });
        yield return new W.Run(new W.FieldCode(instruction) { Space = SpaceProcessingModeValues.Preserve });
        yield return new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.Separate });
        yield return new W.Run(new W.Text(cachedResult));
        yield return new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.End });
    }
}
