using Bulletin.Docs.Layout;
using Bulletin.Docs.Layout.Structure;
using Bulletin.Docs.Model;
using Bulletin.Docs.Validation;
using Bulletin.Docs.Word;

namespace Bulletin.Docs;

/// <summary>Writes bulletins as Word documents (.docx).</summary>
public static class BulletinDocx
{
    /// <summary>
    /// Validates <paramref name="document"/> and writes it as a .docx to <paramref name="output"/>.
    /// Nothing is written when validation fails. Same document and options give the same bytes.
    /// When <see cref="BulletinOptions.Fonts"/> is given, the document is also laid out as for the PDF
    /// (validating that the fonts cover every character) and the page numbers found are cached in the
    /// contents box's PAGEREF and the footers' NUMPAGES fields, so they show before the reader updates fields.
    /// </summary>
    /// <exception cref="BulletinValidationException">The document or theme (or, with fonts, their coverage) has problems; nothing was written.</exception>
    /// <exception cref="Layout.BulletinLayoutException">With fonts: a block cannot be placed on any page.</exception>
    public static void Write(BulletinDocument document, Stream output, BulletinOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        options ??= new BulletinOptions();
        BulletinValidator.ThrowIfInvalid(document, options.Theme);
        var hints = WordLayoutHints.Unknown;
        if (options.Fonts is not null)
        {
            var layout = BulletinLayoutEngine.Layout(document, options);
            hints = new WordLayoutHints(layout.ItemPages, layout.Pages.Count, HeadingLines(layout));
        }

        DocxWriter.Write(document, options.Theme, hints, output);
    }

    /// <summary>The printed lines of every headline, kicker, deck and 小标题 of <paramref name="layout"/>, keyed by their text.</summary>
    private static Dictionary<string, IReadOnlyList<string>> HeadingLines(LaidOutDocument layout)
    {
        var lines = new Dictionary<StructureNode, List<string>>(ReferenceEqualityComparer.Instance);
        foreach (var element in layout.Pages.SelectMany(page => page.Elements).OfType<TextLineElement>())
        {
            if (element.Structure is { Kind: StructureKind.Headline or StructureKind.Subheading or StructureKind.Kicker or StructureKind.Deck } node)
            {
                if (!lines.TryGetValue(node, out var list))
                {
                    lines.Add(node, list = []);
                }

                list.Add(element.Line.Text.Trim());
            }
        }

        var byText = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var heading in lines.Values)
        {
            byText.TryAdd(WordLayoutHints.Key(string.Concat(heading)), heading);
        }

        return byText;
    }

    /// <summary>
    /// Validates <paramref name="document"/> and writes it to <paramref name="path"/> atomically:
    /// a temporary file beside the target is written, then moved over it, so a failure never leaves
    /// a half-written file or destroys an existing one.
    /// </summary>
    /// <exception cref="Validation.BulletinValidationException">The document or theme has problems; nothing was written.</exception>
    public static void WriteFile(BulletinDocument document, string path, BulletinOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrEmpty(path);
        AtomicFile.Write(path, stream => Write(document, stream, options));
    }
}
