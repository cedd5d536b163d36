using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Docs.Word;

/// <summary>Complex fields (ECMA-376 §17.16.18): begin, instruction, separate, cached result, end.</summary>
internal static class FieldRuns
{
    /// <summary>The current page number, <c>PAGE</c>, showing <paramref name="cachedPage"/> until a reader computes it.</summary>
    public static IEnumerable<OpenXmlElement> Page(int cachedPage = 1) => Field(" PAGE ", WordUnits.Text(cachedPage));

    /// <summary>The number of pages, <c>NUMPAGES</c>, showing <paramref name="cachedTotal"/> until a reader computes it.</summary>
    public static IEnumerable<OpenXmlElement> NumPages(int cachedTotal = 1) => Field(" NUMPAGES ", WordUnits.Text(cachedTotal));

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
