using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Docs.Word;

/// <summary>
/// The body's elements in order, cut into bands of continuous sections by column count: a headline
/// stack in one column, then its story in N columns (跨栏标题). Word balances the columns of a
/// section that ends in a continuous break, so each story becomes a band. Each section's
/// <c>w:sectPr</c> goes into the last paragraph of the section; only the last one is the body's final child.
/// </summary>
internal sealed class BodyFlow(WordRenderContext context, HeaderFooterSet headersAndFooters)
{
    private readonly List<OpenXmlElement> elements = [];
    private int columns = 1;
    private bool sectionHasContent;
    private bool firstSection = true;

    /// <summary>Continues in a band of <paramref name="columnCount"/> columns, closing the current section if it differs.</summary>
    public void UseColumns(int columnCount)
    {
        if (columnCount == columns)
        {
            return;
        }

        if (sectionHasContent)
        {
            CloseSection();
        }

        columns = columnCount;
    }

    /// <summary>Starts a band of its own in <paramref name="columnCount"/> columns, closing the current section whatever its columns.</summary>
    public void StartBand(int columnCount)
    {
        if (sectionHasContent)
        {
            CloseSection();
        }

        columns = columnCount;
    }

    /// <summary>Ends the current band, so what follows does not flow into its columns.</summary>
    public void EndBand()
    {
        if (sectionHasContent)
        {
            CloseSection();
        }
    }

    /// <summary>Nothing has been added to the body yet.</summary>
    public bool IsEmpty => elements.Count == 0;

    /// <summary>
    /// Adds an empty paragraph as low as Word allows: what a floating table at the very start of the
    /// body needs before it, as LibreOffice sets such a table in the flow instead of floating it.
    /// </summary>
    public void AddSpacer() => Add(SectionBreakParagraph());

    public void Add(OpenXmlElement element)
    {
        elements.Add(element);
        sectionHasContent = true;
    }

    public void AddRange(IEnumerable<OpenXmlElement> range)
    {
        foreach (var element in range)
        {
            Add(element);
        }
    }

    /// <summary>The finished body; a multi-column last band is closed too so that it is balanced.</summary>
    public W.Body Finish()
    {
        if (columns > 1 && sectionHasContent)
        {
            CloseSection();
            columns = 1;
        }

        var body = new W.Body(elements);
        body.Append(SectionProperties());
        return body;
    }

    private void CloseSection()
    {
        var last = elements.Count > 0 ? elements[^1] as W.Paragraph : null;
        if (last is null)
        {
            last = SectionBreakParagraph();
            elements.Add(last);
        }

        WordParagraphs.Properties(last).SectionProperties = SectionProperties();
        sectionHasContent = false;
    }

    private W.SectionProperties SectionProperties()
    {
        var properties = SectionBuilder.Build(
            context.Page,
            columns,
            continuous: !firstSection,
            headersAndFooters: firstSection && headersAndFooters.IsNeeded ? headersAndFooters : null);
        firstSection = false;
        return properties;
    }

    /// <summary>An empty paragraph, as low as Word allows, to carry a section break after a table.</summary>
    private static W.Paragraph SectionBreakParagraph() => new(
        new W.ParagraphProperties(
            new W.SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = W.LineSpacingRuleValues.Exact },
            new W.ParagraphMarkRunProperties(new W.FontSize { Val = "2" }, new W.FontSizeComplexScript { Val = "2" })));
}
