using Bulletin.Docs.Composition;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Docs.Word;

/// <summary>
/// The contents box (本期要目) after the masthead: the same entries as the PDF's box, each the
/// headline, a dot leader to a right tab and a <c>PAGEREF</c> field (ECMA-376 §17.16.5.45) to the
/// bookmark at the item, framed by paragraph borders that join into one box.
/// </summary>
internal static class ContentsRenderer
{
    public static IEnumerable<OpenXmlElement> Render(BulletinDocument document, WordRenderContext context)
    {
        var style = context.Theme[TextRole.Contents];
        // The box's rules sit inside the available width: text indented by the border and its padding.
        var insetTwips = WordUnits.Twips(BoxedColumnRenderer.InsetPt(context.Theme));
        var widthTwips = WordUnits.Twips(context.AvailableWidthPt);
        var paragraphs = new List<W.Paragraph>();

        var title = WordParagraphs.Styled(TextRole.Contents, WordParagraphs.Run(PrintedForms.ContentsTitle, WordStyleIds.Strong));
        WordParagraphs.Properties(title).Indentation = Inset(insetTwips);
        WordParagraphs.Properties(title).Justification = new W.Justification { Val = W.JustificationValues.Center };
        paragraphs.Add(title);

        foreach (var (item, text) in PrintedForms.ContentsEntries(document))
        {
            var entry = WordParagraphs.Styled(TextRole.Contents, WordParagraphs.Run(text), new W.Run(new W.TabChar()));
            if (context.Bookmarks.ForItem(item) is { } bookmark)
            {
                // The cached result is the page our own layout put the item on; empty without fonts to lay out with.
                entry.Append(FieldRuns.Field($" PAGEREF {bookmark} \\h ", context.Hints.PageOf(item)));
            }

            var properties = WordParagraphs.Properties(entry);
            properties.Tabs = new W.Tabs(new W.TabStop { Val = W.TabStopValues.Right, Leader = W.TabStopLeaderCharValues.Dot, Position = widthTwips - insetTwips });
            properties.Indentation = Inset(insetTwips);
            properties.Justification = new W.Justification { Val = W.JustificationValues.Left };
            paragraphs.Add(entry);
        }

        foreach (var paragraph in paragraphs.Take(paragraphs.Count - 1))
        {
            WordParagraphs.Properties(paragraph).KeepNext ??= new W.KeepNext();
        }

        // A paragraph after the box keeps the next story's borders (if boxed) from joining it.
        return [.. BoxedColumnRenderer.Render(paragraphs, [], context.Theme), Spacer(style)];
    }

    /// <summary>The same indents on every paragraph of the box: Word joins borders only of paragraphs indented alike.</summary>
    private static W.Indentation Inset(int twips) => new()
    {
        Left = WordUnits.Text(twips),
        LeftChars = 0,
        Right = WordUnits.Text(twips),
        RightChars = 0,
        FirstLine = "0",
        FirstLineChars = 0,
    };

    private static W.Paragraph Spacer(TextStyle style) => new(
        new W.ParagraphProperties(
            new W.SpacingBetweenLines { Before = "0", After = "0", Line = WordUnits.Text(WordUnits.Twips(style.SizePt)), LineRule = W.LineSpacingRuleValues.Exact }));
}
