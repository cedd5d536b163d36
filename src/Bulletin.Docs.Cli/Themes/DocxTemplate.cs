using System.Globalization;
using Bulletin.Docs.Cli.Input;
using Bulletin.Docs.Theme;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;
using TextAlignment = Bulletin.Docs.Theme.TextAlignment;
using LineSpacing = Bulletin.Docs.Theme.LineSpacing;

namespace Bulletin.Docs.Cli.Themes;

/// <summary>
/// A theme derived from a reference .docx, as Pandoc's <c>--reference-doc</c> does: the page setup
/// of its last section, and for each role the paragraph style of the matching name (README, "House
/// style": Title → headline, Subtitle → deck, Heading 2 → 小标题, Body Text or Normal → body, …;
/// a style named after a role, e.g. Kicker or Byline, always matches). What the document does not
/// say is taken from the base theme. Word units: twips (1/20 pt), half-points for sizes
/// (ECMA-376 Part 1 §17.6.13 pgSz, §17.6.11 pgMar, §17.3.2.38 sz, §17.3.1.33 spacing).
/// </summary>
internal static class DocxTemplate
{
    /// <summary>Built-in Word style names per role, first match wins; the role's own name is tried first.</summary>
    internal static readonly IReadOnlyList<(TextRole Role, string[] Names)> StyleNames =
    [
        (TextRole.Headline, ["Title", "Heading 1"]),
        (TextRole.Subheadline, ["Subtitle"]),
        (TextRole.Subheading, ["Heading 2"]),
        (TextRole.Body, ["Body Text", "Normal"]),
        (TextRole.Quote, ["Quote", "Block Text"]),
        (TextRole.Caption, ["Caption"]),
        (TextRole.ListItem, ["List Paragraph"]),
        (TextRole.Header, ["Header"]),
        (TextRole.Footer, ["Footer"]),
        (TextRole.Contents, ["TOC 1"]),
        (TextRole.Note, ["Intense Quote"]),
    ];

    /// <summary>Reads <paramref name="path"/> (shown as <paramref name="shown"/> in messages) over <paramref name="baseTheme"/>.</summary>
    public static (BulletinTheme? Theme, IReadOnlyList<Diagnostic> Problems) Load(string path, string shown, BulletinTheme baseTheme)
    {
        try
        {
            using var document = WordprocessingDocument.Open(path, isEditable: false);
            var main = document.MainDocumentPart;
            if (main?.Document?.Body is null)
            {
                return (null, [new Diagnostic(shown, SourceLocation.Start, "the template has no document body (is it a .docx made by Word or LibreOffice?)")]);
            }

            var theme = baseTheme with { Name = baseTheme.Name + " + " + Path.GetFileNameWithoutExtension(path) };
            var section = main.Document.Body.Elements<SectionProperties>().LastOrDefault()
                ?? main.Document.Body.Descendants<SectionProperties>().LastOrDefault();
            if (section is not null)
            {
                theme = theme with { Page = Page(section, theme.Page) };
            }

            var styles = main.StyleDefinitionsPart?.Styles;
            if (styles is not null)
            {
                theme = ApplyStyles(styles, theme);
            }

            return (theme, []);
        }
        catch (Exception exception) when (exception is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FileFormatException)
        {
            return (null, [new Diagnostic(shown, SourceLocation.Start, $"not a Word .docx file: {exception.Message}")]);
        }
        catch (Exception exception) when (exception is FormatException or OverflowException)
        {
            // The Open XML SDK parses an attribute when its Value is read: w:pgSz w:w="-5" throws there.
            return (null, [new Diagnostic(shown, SourceLocation.Start, $"the template holds a value Word would not read: {exception.Message}")]);
        }
    }

    private static PageSetup Page(SectionProperties section, PageSetup page)
    {
        if (section.GetFirstChild<PageSize>() is { } size)
        {
            page = page with
            {
                WidthPt = Twips(size.Width?.Value) ?? page.WidthPt,
                HeightPt = Twips(size.Height?.Value) ?? page.HeightPt,
            };
        }

        if (section.GetFirstChild<PageMargin>() is { } margin)
        {
            page = page with
            {
                MarginTopPt = Twips(margin.Top?.Value) ?? page.MarginTopPt,
                MarginBottomPt = Twips(margin.Bottom?.Value) ?? page.MarginBottomPt,
                MarginLeftPt = Twips(margin.Left?.Value) ?? page.MarginLeftPt,
                MarginRightPt = Twips(margin.Right?.Value) ?? page.MarginRightPt,
                HeaderDistancePt = Twips(margin.Header?.Value) ?? page.HeaderDistancePt,
                FooterDistancePt = Twips(margin.Footer?.Value) ?? page.FooterDistancePt,
            };
        }

        if (section.GetFirstChild<Columns>() is { } columns)
        {
            page = page with
            {
                Columns = columns.ColumnCount?.Value is short count and > 0 ? count : page.Columns,
                ColumnGapPt = Twips(columns.Space?.Value) ?? page.ColumnGapPt,
                ColumnRule = columns.Separator?.Value ?? page.ColumnRule,
            };
        }

        // §17.6.5 docGrid: a line grid of linePitch twips when the type is lines or linesAndChars.
        if (section.GetFirstChild<DocGrid>() is { } grid)
        {
            var type = grid.Type?.Value;
            page = page with
            {
                LineGridPitchPt = type == DocGridValues.Lines || type == DocGridValues.LinesAndChars
                    ? (grid.LinePitch?.Value is int pitch ? pitch / 20.0 : page.LineGridPitchPt)
                    : null,
            };
        }

        return page;
    }

    private static BulletinTheme ApplyStyles(Styles styles, BulletinTheme theme)
    {
        var byName = new Dictionary<string, Style>(StringComparer.OrdinalIgnoreCase);
        var byId = new Dictionary<string, Style>(StringComparer.Ordinal);
        foreach (var style in styles.Elements<Style>())
        {
            if (style.Type?.Value != StyleValues.Paragraph)
            {
                continue;
            }

            if (style.StyleName?.Val?.Value is { } name)
            {
                byName.TryAdd(name, style);
            }

            if (style.StyleId?.Value is { } id)
            {
                byId.TryAdd(id, style);
            }
        }

        var defaults = styles.DocDefaults;
        foreach (var role in Enum.GetValues<TextRole>())
        {
            var names = StyleNames.Where(s => s.Role == role).SelectMany(s => s.Names).Prepend(role.ToString());
            var style = names.Select(n => byName.GetValueOrDefault(n)).FirstOrDefault(s => s is not null);
            if (style is not null)
            {
                theme = theme.WithStyle(role, current => Apply(Chain(style, byId), defaults, current));
            }
        }

        return theme;
    }

    /// <summary>The style and the styles it is based on, nearest first (§17.7.4.3 basedOn).</summary>
    private static List<Style> Chain(Style style, Dictionary<string, Style> byId)
    {
        var chain = new List<Style>();
        for (var current = style; current is not null && chain.Count < 16 && !chain.Contains(current);)
        {
            chain.Add(current);
            current = current.BasedOn?.Val?.Value is { } parent ? byId.GetValueOrDefault(parent) : null;
        }

        return chain;
    }

    private static TextStyle Apply(List<Style> chain, DocDefaults? defaults, TextStyle style)
    {
        // Furthest ancestor first, so nearer styles override; document defaults under everything.
        var runs = new List<OpenXmlRunProperties>();
        var paragraphs = new List<DocumentFormat.OpenXml.OpenXmlElement>();
        if (defaults?.RunPropertiesDefault?.RunPropertiesBaseStyle is { } baseRun)
        {
            runs.Add(new OpenXmlRunProperties(baseRun));
        }

        if (defaults?.ParagraphPropertiesDefault?.ParagraphPropertiesBaseStyle is { } baseParagraph)
        {
            paragraphs.Add(baseParagraph);
        }

        for (var i = chain.Count - 1; i >= 0; i--)
        {
            if (chain[i].StyleRunProperties is { } run)
            {
                runs.Add(new OpenXmlRunProperties(run));
            }

            if (chain[i].StyleParagraphProperties is { } paragraph)
            {
                paragraphs.Add(paragraph);
            }
        }

        string? eastAsia = null, latin = null;
        foreach (var run in runs)
        {
            var element = run.Element;
            if (element.GetFirstChild<RunFonts>() is { } fonts)
            {
                eastAsia = fonts.EastAsia?.Value ?? eastAsia;
                latin = fonts.Ascii?.Value ?? latin;
            }

            if (element.GetFirstChild<FontSize>()?.Val?.Value is { } half && double.TryParse(half, NumberStyles.Float, CultureInfo.InvariantCulture, out var halfPoints))
            {
                style = style with { SizePt = halfPoints / 2 };
            }

            if (element.GetFirstChild<Bold>() is { } bold)
            {
                style = style with { Bold = bold.Val?.Value ?? true };
            }

            if (element.GetFirstChild<Italic>() is { } italic)
            {
                style = style with { Italic = italic.Val?.Value ?? true };
            }

            if (element.GetFirstChild<W.Color>()?.Val?.Value is { Length: 6 } hex && int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb))
            {
                style = style with { Color = new RgbColor((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb) };
            }

            if (element.GetFirstChild<Spacing>()?.Val?.Value is int letter)
            {
                style = style with { LetterSpacingPt = letter / 20.0 };
            }
        }

        if (eastAsia is not null || latin is not null)
        {
            style = style with { Font = style.Font with { WordEastAsian = eastAsia ?? style.Font.WordEastAsian, WordLatin = latin ?? style.Font.WordLatin } };
        }

        foreach (var paragraph in paragraphs)
        {
            if (paragraph.GetFirstChild<Justification>()?.Val?.Value is { } justification)
            {
                style = style with { Alignment = Alignment(justification, style.Alignment) };
            }

            if (paragraph.GetFirstChild<Indentation>() is { } indentation)
            {
                // §17.3.1.12: firstLineChars is in hundredths of a character; firstLine in twips.
                if (indentation.FirstLineChars?.Value is int chars)
                {
                    style = style with { FirstLineIndentChars = chars / 100.0 };
                }
                else if (Twips(indentation.FirstLine?.Value) is { } firstLine)
                {
                    style = style with { FirstLineIndentChars = Math.Round(firstLine / style.SizePt, 2) };
                }

                if (indentation.StartCharacters?.Value is int start)
                {
                    style = style with { StartIndentChars = start / 100.0 };
                }
                else if (Twips(indentation.Start?.Value ?? indentation.Left?.Value) is { } startTwips)
                {
                    style = style with { StartIndentChars = Math.Round(startTwips / style.SizePt, 2) };
                }
            }

            if (paragraph.GetFirstChild<SpacingBetweenLines>() is { } spacing)
            {
                style = style with
                {
                    SpaceBeforePt = Twips(spacing.Before?.Value) ?? style.SpaceBeforePt,
                    SpaceAfterPt = Twips(spacing.After?.Value) ?? style.SpaceAfterPt,
                };
                if (spacing.Line?.Value is { } line && double.TryParse(line, NumberStyles.Float, CultureInfo.InvariantCulture, out var lineValue))
                {
                    var rule = spacing.LineRule?.Value;
                    style = style with
                    {
                        // §17.3.1.33: "auto" lines are 240ths of a single line; exact and atLeast are twips.
                        LineSpacing = rule is null || rule == LineSpacingRuleValues.Auto ? LineSpacing.Multiple(lineValue / 240) : LineSpacing.Exactly(lineValue / 20),
                    };
                }
            }

            if (paragraph.GetFirstChild<KeepNext>() is { } keep)
            {
                style = style with { KeepWithNext = keep.Val?.Value ?? true };
            }
        }

        return style;
    }

    private static TextAlignment Alignment(JustificationValues value, TextAlignment fallback) =>
        value == JustificationValues.Both ? TextAlignment.Justify
        : value == JustificationValues.Center ? TextAlignment.Center
        : value == JustificationValues.Left || value == JustificationValues.Start ? TextAlignment.Start
        : value == JustificationValues.Right || value == JustificationValues.End ? TextAlignment.End
        : value == JustificationValues.Distribute ? TextAlignment.Distribute
        : fallback;

    private static double? Twips(uint? value) => value is { } v ? v / 20.0 : null;

    private static double? Twips(int? value) => value is { } v ? v / 20.0 : null;

    private static double? Twips(string? value) =>
        value is not null && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v / 20.0 : null;

    /// <summary>Run properties from a style or the document defaults, read alike.</summary>
    private readonly record struct OpenXmlRunProperties(DocumentFormat.OpenXml.OpenXmlElement Element);
}
