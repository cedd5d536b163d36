using Bulletin.Docs.Composition;
using Bulletin.Docs.Theme;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Docs.Word;

/// <summary>
/// Builds <c>numbering.xml</c>: abstract definition 1 for bullets and 2 for decimal numbers; one
/// shared bullet instance (<see cref="BulletNumberingId"/>) and one instance per ordered list so each
/// list starts again at 1.
/// </summary>
internal static class NumberingBuilder
{
    /// <summary>The numbering instance of every bulleted list.</summary>
    public const int BulletNumberingId = 1;

    private const int BulletAbstractId = 1;
    private const int DecimalAbstractId = 2;

    /// <summary>The numbering instance id of the <paramref name="orderedListIndex"/>-th ordered list (0-based).</summary>
    public static int OrderedNumberingId(int orderedListIndex) => BulletNumberingId + 1 + orderedListIndex;

    public static W.Numbering Build(BulletinTheme theme, int orderedListCount)
    {
        var style = theme[TextRole.ListItem];
        var numbering = new W.Numbering(
            AbstractNumber(BulletAbstractId, "0A1B2C01", W.NumberFormatValues.Bullet, "•", style),
            AbstractNumber(DecimalAbstractId, "0A1B2C02", W.NumberFormatValues.Decimal, "%1.", style),
            new W.NumberingInstance(new W.AbstractNumId { Val = BulletAbstractId }) { NumberID = BulletNumberingId });
        for (var index = 0; index < orderedListCount; index++)
        {
            numbering.Append(new W.NumberingInstance(
                new W.AbstractNumId { Val = DecimalAbstractId },
                new W.LevelOverride(new W.StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 })
            {
                NumberID = OrderedNumberingId(index),
            });
        }

        return numbering;
    }

    private static W.AbstractNum AbstractNumber(int id, string nsid, W.NumberFormatValues format, string text, TextStyle style)
    {
        // The indents our layout sets the item with (ListIndent), and the label followed by one
        // space as it prints "1. " (ECMA-376 §17.9.28 suff): with Word's default tab to the
        // indent the first line's text starts later than ours and holds fewer characters.
        var startChars = ListIndent.StartChars(style);
        var firstChars = ListIndent.FirstLineChars(style);
        var indentation = new W.Indentation
        {
            LeftChars = Hundredths(startChars),
            Left = WordUnits.Text(WordUnits.Twips(startChars * style.SizePt)),
        };
        if (firstChars < 0)
        {
            indentation.HangingChars = Hundredths(-firstChars);
            indentation.Hanging = WordUnits.Text(WordUnits.Twips(-firstChars * style.SizePt));
        }
        else
        {
            // Written when 0 too, so the list item style's first-line indent does not show through.
            indentation.FirstLineChars = Hundredths(firstChars);
            indentation.FirstLine = WordUnits.Text(WordUnits.Twips(firstChars * style.SizePt));
        }

        var level = new W.Level(
            new W.StartNumberingValue { Val = 1 },
            new W.NumberingFormat { Val = format },
            new W.LevelSuffix { Val = W.LevelSuffixValues.Space },
            new W.LevelText { Val = text },
            new W.LevelJustification { Val = W.LevelJustificationValues.Left },
            new W.PreviousParagraphProperties(indentation),
            new W.NumberingSymbolRunProperties(WordFormatting.Fonts(style.Font)))
        {
            LevelIndex = 0,
        };
        return new W.AbstractNum(
            new W.Nsid { Val = nsid },
            new W.MultiLevelType { Val = W.MultiLevelValues.SingleLevel },
            level)
        {
            AbstractNumberId = id,
        };
    }

    private static int Hundredths(double chars) => (int)Math.Round(chars * 100);
}
