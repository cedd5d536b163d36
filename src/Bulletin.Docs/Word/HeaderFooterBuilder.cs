using System.Globalization;
using Bulletin.Docs.Composition;
using Bulletin.Docs.Theme;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Docs.Word;

/// <summary>
/// Adds the header and footer parts: the running head (版眉) on pages after the first (and on the
/// first page of an edition without the 报头), and the folio per <see cref="PageNumberFormat"/> — centred, or outside (right on odd pages,
/// left on even pages, one character in; GB/T 9704 §7.5) — counted from the document's first page
/// number. Both texts come from <see cref="EditionPages"/>, as the page layout prints them.
/// </summary>
internal static class HeaderFooterBuilder
{
    public static HeaderFooterSet Build(WordRenderContext context, DocxPackage package)
    {
        var page = context.Page;
        var pages = context.Pages;
        var set = new HeaderFooterSet { FirstPageNumber = pages.FirstNumber };
        var outside = page.PageNumberPosition == PageNumberPosition.Outside;
        var folio = pages.Folio;
        var counter = 0;

        string AddPart(bool isHeader, OpenXmlCompositeElement root)
        {
            counter++;
            var kind = isHeader ? "header" : "footer";
            var name = string.Create(CultureInfo.InvariantCulture, $"{kind}{counter}.xml");
            root.AddNamespaceDeclaration("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
            root.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
            package.AddXmlPart("word/" + name, isHeader ? DocxContentTypes.Header : DocxContentTypes.Footer, root);
            return context.DocumentPart.Relationships.Add(isHeader ? DocxContentTypes.HeaderRelationship : DocxContentTypes.FooterRelationship, name);
        }

        // Word picks the even-page parts by the printed page number (w:evenAndOddHeaders), as the
        // layout does; the first page has its own, empty header (w:titlePg, ECMA-376 §17.10.6)
        // unless it is an inner edition's, which carries the 版眉 like the others.
        var differentFirstPage = pages.RunningHead is { Length: > 0 } && !pages.RunningHeadOnFirstPage;
        if (pages.RunningHead is { Length: > 0 } headerText)
        {
            set.Add(true, W.HeaderFooterValues.Default, AddPart(true, new W.Header(HeaderParagraph(context, headerText))));
            if (outside && folio is not null)
            {
                set.Add(true, W.HeaderFooterValues.Even, AddPart(true, new W.Header(HeaderParagraph(context, headerText))));
            }

            if (differentFirstPage)
            {
                set.DifferentFirstPage = true;
                set.Add(true, W.HeaderFooterValues.First, AddPart(true, new W.Header(WordParagraphs.Styled(TextRole.Header))));
            }
        }

        if (folio is not null)
        {
            // Each footer's cached number is the first page it stands on, for readers that show the cache.
            var first = pages.FirstNumber;
            var firstDefault = set.DifferentFirstPage ? first + 1 : first;
            var firstOdd = outside && firstDefault % 2 == 0 ? firstDefault + 1 : firstDefault;
            var firstEven = firstDefault % 2 == 0 ? firstDefault : firstDefault + 1;
            set.Add(false, W.HeaderFooterValues.Default, AddPart(false, new W.Footer(PageNumberParagraph(context, folio, oddPage: true, firstOdd))));
            if (outside)
            {
                set.Add(false, W.HeaderFooterValues.Even, AddPart(false, new W.Footer(PageNumberParagraph(context, folio, oddPage: false, firstEven))));
            }

            if (set.DifferentFirstPage)
            {
                set.Add(false, W.HeaderFooterValues.First, AddPart(false, new W.Footer(PageNumberParagraph(context, folio, oddPage: first % 2 == 1, first))));
            }
        }
        else if (set.DifferentFirstPage)
        {
            set.Add(false, W.HeaderFooterValues.First, AddPart(false, new W.Footer(WordParagraphs.Styled(TextRole.Footer))));
        }

        return set;
    }

    private static W.Paragraph HeaderParagraph(WordRenderContext context, string text)
    {
        var paragraph = WordParagraphs.Styled(TextRole.Header, WordParagraphs.Run(text));
        if (context.Theme.Rules.RunningHeadPt > 0)
        {
            // The rule under the 版眉, as the page layout draws it.
            WordParagraphs.Properties(paragraph).ParagraphBorders = new W.ParagraphBorders(
                WordFormatting.Border<W.BottomBorder>(context.Theme[TextRole.Header].Color, context.Theme.Rules.RunningHeadPt, EditionPages.RunningHeadRuleSpacePt));
        }

        return paragraph;
    }

    private static W.Paragraph PageNumberParagraph(WordRenderContext context, FolioForm folio, bool oddPage, int cachedPage)
    {
        var page = context.Page;
        var cachedTotal = Math.Max(context.Hints.TotalPages, cachedPage - context.Pages.FirstNumber + 1);
        var paragraph = WordParagraphs.Styled(TextRole.Footer, PageNumberContent(folio, cachedPage, cachedTotal));
        var properties = WordParagraphs.Properties(paragraph);
        if (page.PageNumberPosition == PageNumberPosition.Center)
        {
            properties.Justification = new W.Justification { Val = W.JustificationValues.Center };
            return paragraph;
        }

        // GB/T 9704 §7.5: one character in from the outside edge.
        var oneCharacter = WordUnits.Text(WordUnits.Twips(context.Theme[TextRole.Footer].SizePt));
        properties.Indentation = oddPage
            ? new W.Indentation { RightChars = 100, Right = oneCharacter }
            : new W.Indentation { LeftChars = 100, Left = oneCharacter };
        properties.Justification = new W.Justification { Val = oddPage ? W.JustificationValues.Right : W.JustificationValues.Left };
        return paragraph;
    }

    /// <summary>The folio's text with a PAGE field for the number and a NUMPAGES field for the total.</summary>
    private static IEnumerable<OpenXmlElement> PageNumberContent(FolioForm folio, int cachedPage, int cachedTotal)
    {
        if (folio.Before.Length > 0)
        {
            yield return WordParagraphs.Run(folio.Before);
        }

        foreach (var run in FieldRuns.Page(cachedPage))
        {
            yield return run;
        }

        if (folio.BeforeTotal is { } beforeTotal)
        {
            yield return WordParagraphs.Run(beforeTotal);
            foreach (var run in FieldRuns.NumPages(cachedTotal))
            {
                yield return run;
            }
        }

        if (folio.After.Length > 0)
        {
            yield return WordParagraphs.Run(folio.After);
        }
    }
}
