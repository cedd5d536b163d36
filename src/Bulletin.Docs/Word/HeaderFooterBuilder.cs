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
            set.Add(false, W.HeaderFooterValues.Default, AddPart(false, new W.Footer(PageNumberParagraph(context, oddPage: true))));
            if (outside)
            {
                set.Add(false, W.HeaderFooterValues.Even, AddPart(false, new W.Footer(PageNumberParagraph(context, oddPage: false))));
            }

            if (set.DifferentFirstPage)
            {
                set.Add(false, W.HeaderFooterValues.First, AddPart(false, new W.Footer(PageNumberParagraph(context, oddPage: true))));
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

    private static W.Paragraph PageNumberParagraph(WordRenderContext context, bool oddPage)
    {
        var page = context.Page;
        var paragraph = WordParagraphs.Styled(TextRole.Footer, PageNumberContent(page.PageNumbers));
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

    private static IEnumerable<OpenXmlElement> PageNumberContent(PageNumberFormat format) => format switch
    {
        // GB/T 9704 §7.5: an em dash and a space on each side of the number.
        PageNumberFormat.Dashed => [WordParagraphs.Run("— "), .. FieldRuns.Page(), WordParagraphs.Run(" —")],
        PageNumberFormat.PageOfTotal => [WordParagraphs.Run("第 "), .. FieldRuns.Page(), WordParagraphs.Run(" 页 共 "), .. FieldRuns.NumPages(), WordParagraphs.Run(" 页")],
        _ => FieldRuns.Page(),
    };
}
