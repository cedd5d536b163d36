using Bulletin.Docs.Theme;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Docs.Word;

/// <summary>
/// Turns a <see cref="TextStyle"/> into Word run and paragraph properties, in the schema order of
/// ECMA-376 §17.3.2.28 (rPr) and §17.3.1.26 (pPr).
/// </summary>
internal static class WordFormatting
{
    /// <summary>An off switch written as Word writes it, <c>w:val="0"</c>.</summary>
    public static OnOffValue Off => new() { InnerText = "0" };

    /// <summary>An on switch written as Word writes it, <c>w:val="1"</c>.</summary>
    public static OnOffValue On => new() { InnerText = "1" };

    /// <summary>The four <c>w:rFonts</c> slots with literal names and the East Asian hint (docs/typography.md §7).</summary>
    public static W.RunFonts Fonts(FontSpec font) => new()
    {
        Ascii = font.WordLatin,
        HighAnsi = font.WordLatin,
        EastAsia = font.WordEastAsian,
        ComplexScript = font.WordLatin,
        // Without the hint Word sets “ ” ‘ ’ — … · in the Latin font (docs/typography.md §7).
        Hint = W.FontTypeHintValues.EastAsia,
    };

    /// <summary>The language element: Latin text in en-US, East Asian text in the document's language.</summary>
    public static W.Languages Language(WordLanguage language) => new() { Val = language.Latin, EastAsia = language.EastAsian };

    /// <summary>Run-level children of a style (fonts, weight, colour, letter spacing, size, language) in schema order.</summary>
    public static IEnumerable<OpenXmlElement> RunChildren(TextStyle style, WordLanguage? language, bool includeSize = true)
    {
        yield return Fonts(style.Font);
        if (style.Bold)
        {
            yield return new W.Bold();
            yield return new W.BoldComplexScript();
        }

        if (style.Italic)
        {
            yield return new W.Italic();
            yield return new W.ItalicComplexScript();
        }

        yield return new W.Color { Val = style.Color.Hex };
        if (style.LetterSpacingPt != 0)
        {
            yield return new W.Spacing { Val = WordUnits.Twips(style.LetterSpacingPt) };
        }

        if (includeSize)
        {
            yield return new W.FontSize { Val = WordUnits.HalfPoints(style.SizePt) };
            yield return new W.FontSizeComplexScript { Val = WordUnits.HalfPoints(style.SizePt) };
        }

        if (language is { } lang)
        {
            yield return Language(lang);
        }
    }

    /// <summary>The paragraph-level properties of a style, in schema order.</summary>
    /// <param name="style">The text style.</param>
    /// <param name="snapToGrid">False for large type that must not be snapped to the document grid.</param>
    /// <param name="borders">Paragraph borders carried by the style, or <c>null</c>.</param>
    public static IEnumerable<OpenXmlElement> ParagraphChildren(TextStyle style, bool snapToGrid, W.ParagraphBorders? borders = null)
    {
        if (style.KeepWithNext)
        {
            yield return new W.KeepNext();
            yield return new W.KeepLines();
        }

        if (borders is not null)
        {
            yield return borders;
        }

        foreach (var element in LineBreakingRules())
        {
            yield return element;
        }

        if (!snapToGrid)
        {
            yield return new W.SnapToGrid { Val = WordFormatting.Off };
        }

        yield return Spacing(style);
        if (Indentation(style) is { } indentation)
        {
            yield return indentation;
        }

        yield return new W.Justification { Val = Alignment(style.Alignment) };
        if (style.OutlineLevel is { } level)
        {
            yield return new W.OutlineLevel { Val = level };
        }
    }

    /// <summary>
    /// 禁则 on (ECMA-376 §17.3.1.16), punctuation compressed at the line start (§17.3.1.43), and
    /// punctuation allowed past the line end (§17.3.1.21), written out explicitly.
    /// </summary>
    /// <remarks>
    /// With overflow off (or left to its default) and justified text, LibreOffice 7.4 drops a
    /// closing 、，。 that does not fit at the end of a line and starts the next line with 、
    /// instead of carrying a character over (measured on the samples: 2 characters lost in the
    /// 简报, 3 on the newspaper page, one line starting with 、). With overflow on, Word sets the
    /// mark in the margin, on the line where the PDF's compression (clreq §3.1.6) keeps it, and
    /// LibreOffice carries the previous character over with it; nothing is lost in either.
    /// </remarks>
    public static IEnumerable<OpenXmlElement> LineBreakingRules()
    {
        yield return new W.Kinsoku();
        yield return new W.OverflowPunctuation { Val = WordFormatting.On };
        yield return new W.TopLinePunctuation();
    }

    /// <summary>Space before/after in twips and the line spacing: exact twips, or 240 × factor auto.</summary>
    public static W.SpacingBetweenLines Spacing(TextStyle style)
    {
        var spacing = new W.SpacingBetweenLines
        {
            Before = WordUnits.Text(WordUnits.Twips(style.SpaceBeforePt)),
            After = WordUnits.Text(WordUnits.Twips(style.SpaceAfterPt)),
        };
        if (style.LineSpacing.IsExact)
        {
            spacing.Line = WordUnits.Text(WordUnits.Twips(style.LineSpacing.Value));
            spacing.LineRule = W.LineSpacingRuleValues.Exact;
        }
        else
        {
            spacing.Line = WordUnits.Text((int)Math.Round(240 * style.LineSpacing.Value, MidpointRounding.AwayFromZero));
            spacing.LineRule = W.LineSpacingRuleValues.Auto;
        }

        return spacing;
    }

    /// <summary>
    /// Indents in characters (hundredths, which Word prefers) and the same in twips for readers
    /// that ignore the character units; <c>null</c> when there is none.
    /// </summary>
    public static W.Indentation? Indentation(TextStyle style)
    {
        if (style.FirstLineIndentChars == 0 && style.StartIndentChars == 0)
        {
            return null;
        }

        var indentation = new W.Indentation();
        if (style.StartIndentChars != 0)
        {
            indentation.LeftChars = Hundredths(style.StartIndentChars);
            indentation.Left = WordUnits.Text(WordUnits.Twips(style.StartIndentChars * style.SizePt));
        }

        if (style.FirstLineIndentChars != 0)
        {
            indentation.FirstLineChars = Hundredths(style.FirstLineIndentChars);
            indentation.FirstLine = WordUnits.Text(WordUnits.Twips(style.FirstLineIndentChars * style.SizePt));
        }

        return indentation;
    }

    /// <summary>The Word justification of an alignment (left/right rather than start/end, which older readers ignore).</summary>
    public static W.JustificationValues Alignment(TextAlignment alignment) => alignment switch
    {
        TextAlignment.Start => W.JustificationValues.Left,
        TextAlignment.Center => W.JustificationValues.Center,
        TextAlignment.End => W.JustificationValues.Right,
        TextAlignment.Distribute => W.JustificationValues.Distribute,
        _ => W.JustificationValues.Both,
    };

    /// <summary>A table's borders (ECMA-376 §17.4.38): the edges given, none elsewhere and none inside.</summary>
    public static W.TableBorders TableBorders(W.TopBorder? top = null, W.LeftBorder? left = null, W.BottomBorder? bottom = null, W.RightBorder? right = null) => new(
        top ?? new W.TopBorder { Val = W.BorderValues.None },
        left ?? new W.LeftBorder { Val = W.BorderValues.None },
        bottom ?? new W.BottomBorder { Val = W.BorderValues.None },
        right ?? new W.RightBorder { Val = W.BorderValues.None },
        new W.InsideHorizontalBorder { Val = W.BorderValues.None },
        new W.InsideVerticalBorder { Val = W.BorderValues.None });

    /// <summary>A box's borders: all four edges in <paramref name="color"/>, <paramref name="widthPt"/> wide, none inside.</summary>
    public static W.TableBorders BoxBorders(RgbColor color, double widthPt) => TableBorders(
        Border<W.TopBorder>(color, widthPt, 0), Border<W.LeftBorder>(color, widthPt, 0), Border<W.BottomBorder>(color, widthPt, 0), Border<W.RightBorder>(color, widthPt, 0));

    /// <summary>
    /// A table's default cell margins (ECMA-376 §17.4.42 tblCellMar): <paramref name="verticalPt"/>
    /// above and below a cell's text, <paramref name="sidePt"/> at its start and end, in pt.
    /// </summary>
    public static W.TableCellMarginDefault CellMarginDefault(double verticalPt, double sidePt)
    {
        var vertical = WordUnits.Twips(verticalPt);
        var side = (short)WordUnits.Twips(sidePt);
        return new W.TableCellMarginDefault(
            new W.TopMargin { Width = WordUnits.Text(vertical), Type = W.TableWidthUnitValues.Dxa },
            new W.TableCellLeftMargin { Width = side, Type = W.TableWidthValues.Dxa },
            new W.BottomMargin { Width = WordUnits.Text(vertical), Type = W.TableWidthUnitValues.Dxa },
            new W.TableCellRightMargin { Width = side, Type = W.TableWidthValues.Dxa });
    }

    /// <summary>A cell's own margins (ECMA-376 §17.4.42): left and right in points, and the top when given.</summary>
    public static W.TableCellMargin CellMargins(double leftPt, double rightPt, double? topPt = null)
    {
        var margins = new W.TableCellMargin();
        if (topPt is { } top)
        {
            margins.Append(new W.TopMargin { Width = WordUnits.Text(WordUnits.Twips(top)), Type = W.TableWidthUnitValues.Dxa });
        }

        margins.Append(
            new W.LeftMargin { Width = WordUnits.Text(WordUnits.Twips(leftPt)), Type = W.TableWidthUnitValues.Dxa },
            new W.RightMargin { Width = WordUnits.Text(WordUnits.Twips(rightPt)), Type = W.TableWidthUnitValues.Dxa });
        return margins;
    }

    /// <summary>A single-line border in a colour.</summary>
    public static T Border<T>(RgbColor color, double widthPt, uint spacePt = 1)
        where T : W.BorderType, new() => new()
        {
            Val = W.BorderValues.Single,
            Color = color.Hex,
            Size = WordUnits.EighthPoints(widthPt),
            Space = spacePt,
        };

    private static int Hundredths(double chars) => (int)Math.Round(chars * 100, MidpointRounding.AwayFromZero);
}
