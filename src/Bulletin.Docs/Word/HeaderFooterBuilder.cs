using System.Globalization;
using Bulletin.Docs.Theme;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Docs.Word;

/// <summary>
/// Adds the header and footer parts: running header text on pages after the first, and the page
/// number per <see cref="PageNumberFormat"/> — centred, or outside (right on odd pages, left on even
/// pages, one character in; GB/T 9704 §7.5).
/// </summary>
internal static class HeaderFooterBuilder
{
    public static HeaderFooterSet Build(WordRenderContext context, DocxPackage package)
    {
        var page = context.Page;
        var set = new HeaderFooterSet();
        var outside = page.PageNumberPosition == PageNumberPosition.Outside;
        var numbered = page.PageNumbers != PageNumberFormat.None;
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

        if (page.HeaderText is { Length: > 0 } headerText)
        {
            set.Add(true, W.HeaderFooterValues.Default, AddPart(true, new W.Header(HeaderParagraph(headerText))));
            if (outside && numbered)
            {
                set.Add(true, W.HeaderFooterValues.Even, AddPart(true, new W.Header(HeaderParagraph(headerText))));
            }

            // The masthead stands on the first page, so its header stays empty.
            set.DifferentFirstPage = true;
            set.Add(true, W.HeaderFooterValues.First, AddPart(true, new W.Header(WordParagraphs.Styled(TextRole.Header))));
        }

        if (numbered)
        {
            // Each footer's cached number is the first page it stands on, for readers that show the cache.
            var firstOddPage = outside && set.DifferentFirstPage ? 3 : set.DifferentFirstPage ? 2 : 1;
            set.Add(false, W.HeaderFooterValues.Default, AddPart(false, new W.Footer(PageNumberParagraph(context, oddPage: true, firstOddPage))));
            if (outside)
            {
                set.Add(false, W.HeaderFooterValues.Even, AddPart(false, new W.Footer(PageNumberParagraph(context, oddPage: false, cachedPage: 2))));
            }

            if (set.DifferentFirstPage)
            {
                set.Add(false, W.HeaderFooterValues.First, AddPart(false, new W.Footer(PageNumberParagraph(context, oddPage: true, cachedPage: 1))));
            }
        }
        else if (set.DifferentFirstPage)
        {
            set.Add(false, W.HeaderFooterValues.First, AddPart(false, new W.Footer(WordParagraphs.Styled(TextRole.Footer))));
        }

        return set;
    }

    private static W.Paragraph HeaderParagraph(string text) =>
        WordParagraphs.Styled(TextRole.Header, WordParagraphs.Run(text));

    private static W.Paragraph PageNumberParagraph(WordRenderContext context, bool oddPage, int cachedPage)
    {
        var page = context.Page;
        var paragraph = WordParagraphs.Styled(TextRole.Footer, PageNumberContent(page.PageNumbers, cachedPage, Math.Max(context.Hints.TotalPages, cachedPage)));
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

    private static IEnumerable<OpenXmlElement> PageNumberContent(PageNumberFormat format, int cachedPage, int cachedTotal) => format switch
    {
        // GB/T 9704 §7.5: an em dash and a space on each side of the number.
        PageNumberFormat.Dashed => [WordParagraphs.Run("— "), .. FieldRuns.Page(cachedPage), WordParagraphs.Run(" —")],
        PageNumberFormat.PageOfTotal => [WordParagraphs.Run("第 "), .. FieldRuns.Page(cachedPage), WordParagraphs.Run(" 页 共 "), .. FieldRuns.NumPages(cachedTotal), WordParagraphs.Run(" 页")],
        _ => FieldRuns.Page(cachedPage),
    };
}
