using Bulletin.Docs.Theme;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Docs.Word;

/// <summary>Small factories for styled paragraphs and text runs.</summary>
internal static class WordParagraphs
{
    private const char SoftHyphen = '\u00AD';

    /// <summary>A paragraph in a role's style.</summary>
    public static W.Paragraph Styled(TextRole role, params OpenXmlElement[] content) =>
        Styled(WordStyleIds.Of(role), (IEnumerable<OpenXmlElement>)content);

    /// <summary>A paragraph in a role's style.</summary>
    public static W.Paragraph Styled(TextRole role, IEnumerable<OpenXmlElement> content) =>
        Styled(WordStyleIds.Of(role), content);

    /// <summary>A paragraph in a style given by id.</summary>
    public static W.Paragraph Styled(string styleId, params OpenXmlElement[] content) =>
        Styled(styleId, (IEnumerable<OpenXmlElement>)content);

    /// <summary>A paragraph in a style given by id.</summary>
    /// <remarks>An <see cref="OpenXmlElement"/> is itself an enumerable of its children, so a single element must go to the params overload.</remarks>
    public static W.Paragraph Styled(string styleId, IEnumerable<OpenXmlElement> content)
    {
        var paragraph = new W.Paragraph(new W.ParagraphProperties(new W.ParagraphStyleId { Val = styleId }));
        paragraph.Append(content);
        return paragraph;
    }

    /// <summary>A run of text; '\n' becomes a line break, '\t' a tab and U+00AD a soft hyphen.</summary>
    public static W.Run Run(string text, string? characterStyle = null)
    {
        var run = new W.Run();
        if (characterStyle is not null)
        {
            run.Append(new W.RunProperties(new W.RunStyle { Val = characterStyle }));
        }

        AppendText(run, text);
        return run;
    }

    /// <summary>The paragraph's properties, created when missing.</summary>
    public static W.ParagraphProperties Properties(W.Paragraph paragraph) =>
        paragraph.ParagraphProperties ??= new W.ParagraphProperties();

    /// <summary>Wraps the paragraph's content in a bookmark (ECMA-376 §17.13.6.2).</summary>
    public static void Bookmark(W.Paragraph paragraph, string name, int id)
    {
        var idText = WordUnits.Text(id);
        var start = new W.BookmarkStart { Id = idText, Name = name };
        if (paragraph.ParagraphProperties is { } properties)
        {
            properties.InsertAfterSelf(start);
        }
        else
        {
            paragraph.PrependChild(start);
        }

        paragraph.Append(new W.BookmarkEnd { Id = idText });
    }

    private static void AppendText(W.Run run, string text)
    {
        var start = 0;
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            if (character is not ('\n' or '\t' or '\r' or SoftHyphen))
            {
                continue;
            }

            AppendPlain(run, text[start..index]);
            if (character == '\n')
            {
                run.Append(new W.Break());
            }
            else if (character == '\t')
            {
                run.Append(new W.TabChar());
            }
            else if (character == SoftHyphen)
            {
                // The optional hyphen of ECMA-376 §17.3.3.29, as Word itself stores one: shown
                // only when Word breaks the line there.
                run.Append(new W.SoftHyphen());
            }

            start = index + 1;
        }

        AppendPlain(run, text[start..]);
    }

    private static void AppendPlain(W.Run run, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        var element = new W.Text(text);
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text.Contains("  ", StringComparison.Ordinal))
        {
            element.Space = SpaceProcessingModeValues.Preserve;
        }

        run.Append(element);
    }
}
