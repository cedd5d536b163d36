using System.Collections.Immutable;
using Bulletin.Docs.Fonts;

namespace Bulletin.Docs.Validation;

/// <summary>
/// Rules for every string of the model: present when needed, not blank when it must carry text,
/// and only characters that XML 1.0 (and so Word's document.xml) can carry.
/// </summary>
/// <remarks>
/// XML 1.0 §2.2 (Char production) excludes U+0000–U+0008, U+000B, U+000C, U+000E–U+001F,
/// U+FFFE, U+FFFF and unpaired surrogates; Open XML parts are XML 1.0. Offsets in messages count
/// UTF-16 code units from the start of the string.
/// <para>
/// One text policy for both writers, enforced here before either runs: every string of the model
/// is single-line. CR, LF, tab, NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR
/// (U+2029) — the characters UAX #14 makes mandatory breaks, which the PDF would break at and Word
/// would not — are rejected, as are DEL and the other C1 controls, which neither prints: a line
/// break inside a paragraph is a <see cref="Model.LineBreak"/> inline; headline and subheading
/// lines are separate list entries.
/// </para>
/// <para>
/// Right-to-left text (Hebrew, Arabic and the other scripts whose default Bidi_Class is R or AL)
/// and explicit bidirectional controls are rejected in printed text: the PDF lays lines out left
/// to right and does not implement the bidirectional algorithm (UAX #9), so it would draw such text
/// in the wrong order. Text that is stored but not printed (metadata, alt text, theme names) may
/// hold it.
/// </para>
/// </remarks>
internal static class TextRules
{
    /// <summary>
    /// A string that must be present and not blank (whitespace, including U+3000, is blank); reports
    /// <paramref name="missingMessage"/> otherwise, then checks its characters.
    /// </summary>
    public static void Required(ValidationContext context, string? member, string? value, string missingMessage, TextKind kind = TextKind.SingleLine)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Report(context, member, missingMessage);
            return;
        }

        Characters(context, member, value, kind);
    }

    /// <summary>
    /// An optional display string: <c>null</c> means "none"; a present one must not be blank
    /// (writers would print an empty line), and its characters are checked.
    /// </summary>
    public static void Optional(ValidationContext context, string? member, string? value, string name)
    {
        if (value is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            Report(context, member, $"{name} is blank; leave it null to omit it");
            return;
        }

        Characters(context, member, value, TextKind.SingleLine);
    }

    /// <summary>An optional string that may be empty (metadata); only its characters are checked.</summary>
    public static void OptionalAnyText(ValidationContext context, string? member, string? value)
    {
        if (value is not null)
        {
            Characters(context, member, value, TextKind.SingleLine);
        }
    }

    /// <summary>A string that must not be null but may be empty (a text run, a table cell).</summary>
    public static void NotNull(ValidationContext context, string? member, string? value, string nullMessage, TextKind kind)
    {
        if (value is null)
        {
            Report(context, member, nullMessage);
            return;
        }

        Characters(context, member, value, kind);
    }

    /// <summary>
    /// Reports, for each kind of character the model may not hold — what XML 1.0 cannot carry,
    /// line structure (CR, LF, tab, NEL, U+2028, U+2029), other controls (DEL and C1), and in
    /// printed text right-to-left characters and bidirectional controls — the first with its code
    /// point and offset and how many more there are. Allocates nothing unless a problem is found;
    /// the scan is vectorised between suspicious characters.
    /// </summary>
    public static void Characters(ValidationContext context, string? member, string value, TextKind kind)
    {
        var text = value.AsSpan();
        var invalid = new Finding();
        var lineStructure = new Finding();
        var control = new Finding();
        var rightToLeft = new Finding();
        var scan = new SuspiciousScan(text);
        for (var i = scan.Next(0); i >= 0; i = scan.Next(i + 1))
        {
            int c = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                c = char.ConvertToUtf32(text[i], text[i + 1]);
                if (IsRightToLeft(c))
                {
                    rightToLeft.Add(c, i);
                }

                i++;
                continue;
            }

            switch (Classify(c))
            {
                case CharacterClass.LineStructure:
                    lineStructure.Add(c, i);
                    break;
                case CharacterClass.Control:
                    control.Add(c, i);
                    break;
                case CharacterClass.RightToLeft or CharacterClass.BidiControl:
                    rightToLeft.Add(c, i);
                    break;
                default:
                    invalid.Add(c, i);
                    break;
            }
        }

        if (invalid.Count > 0)
        {
            var what = invalid.First is >= 0xD800 and <= 0xDFFF ? "an unpaired surrogate " : string.Empty;
            Report(context, member, $"text contains {what}{ProblemText.CodePoint(invalid.First)} at offset {invalid.Offset}, which Word cannot store{More(invalid.Count)}");
        }

        if (lineStructure.Count > 0)
        {
            Report(context, member, LineStructureMessage(lineStructure, kind));
        }

        if (control.Count > 0)
        {
            Report(context, member, $"text contains the control character {ProblemText.CodePoint(control.First)} at offset {control.Offset}, which neither Word nor the PDF prints{More(control.Count)}");
        }

        if (rightToLeft.Count > 0 && context.InPrintedText)
        {
            var what = Classify(rightToLeft.First) == CharacterClass.BidiControl ? "a bidirectional formatting character" : "a character of a right-to-left script";
            Report(context, member, $"text contains {ProblemText.CodePoint(rightToLeft.First)} at offset {rightToLeft.Offset}, {what}; right-to-left text is not supported, because the PDF does not reorder it (Unicode bidirectional algorithm, UAX #9){More(rightToLeft.Count)}");
        }

        if (context.Fonts is { } fonts && context.InPrintedText)
        {
            Coverage(context, member, value, fonts);
        }
    }

    /// <summary>
    /// The first character of printed text that no registered font covers, and how many more there
    /// are (checked before anything is drawn). With no font registered at all, the theme's font
    /// families are reported instead, once.
    /// </summary>
    private static void Coverage(ValidationContext context, string? member, string value, FontRegistry fonts)
    {
        if (fonts.Families.Count == 0)
        {
            return;
        }

        var missing = fonts.FindMissing(string.Empty, value);
        if (missing.Count > 0)
        {
            Report(context, member, missing[0].Description + More(missing.Count));
        }
    }

    private static string LineStructureMessage(Finding finding, TextKind kind)
    {
        var name = finding.First switch
        {
            '\t' => "a tab",
            '\n' => "a line feed",
            '\r' => "a carriage return",
            0x85 => "a next line",
            0x2028 => "a line separator",
            _ => "a paragraph separator",
        };
        var where = $"text contains {name} ({ProblemText.CodePoint(finding.First)}) at offset {finding.Offset}";
        if (kind == TextKind.InlineRun && finding.First != '\t')
        {
            return $"{where}; use a LineBreak inline to break a line inside a paragraph{More(finding.Count)}";
        }

        return $"{where}, which a single-line field cannot hold{More(finding.Count)}";
    }

    private static string More(int count) => count > 1 ? $" (and {count - 1} more such characters)" : string.Empty;

    private static void Report(ValidationContext context, string? member, string message)
    {
        if (member is null)
        {
            context.Report(message);
        }
        else
        {
            context.Report(member, message);
        }
    }

    private struct Finding
    {
        public int Count;
        public int First;
        public int Offset;

        public void Add(int c, int offset)
        {
            if (Count++ == 0)
            {
                First = c;
                Offset = offset;
            }
        }
    }

    private enum CharacterClass
    {
        /// <summary>Outside XML 1.0's Char production: C0 controls but tab, LF, CR; surrogates; U+FFFE, U+FFFF.</summary>
        NotXml,

        /// <summary>Characters that end a line or paragraph (UAX #14 classes BK, CR, LF, NL) and the tab.</summary>
        LineStructure,

        /// <summary>DEL and the C1 controls other than NEL: XML can carry them, but neither writer prints them.</summary>
        Control,

        /// <summary>A character of a right-to-left script (the blocks whose default Bidi_Class is R or AL).</summary>
        RightToLeft,

        /// <summary>An explicit bidirectional mark, embedding, override or isolate (UAX #9 §2).</summary>
        BidiControl,
    }

    /// <summary>
    /// The UTF-16 ranges holding every character <see cref="Classify"/> knows (surrogates stand for
    /// the astral right-to-left blocks). Each is searched with a vectorised range search, which is
    /// several times faster on Chinese text than one search for the whole set.
    /// </summary>
    private static readonly ImmutableArray<(char Low, char High)> SuspiciousRanges =
    [
        ('\u0000', '\u001F'), ('\u007F', '\u009F'), ('\u0590', '\u08FF'), ('\u200E', '\u200F'), ('\u2028', '\u202E'),
        ('\u2066', '\u2069'), ('\uD800', '\uDFFF'), ('\uFB1D', '\uFDFF'), ('\uFE70', '\uFEFE'), ('\uFFFE', '\uFFFF'),
    ];

    /// <summary>
    /// Finds the characters the rules must look at with one range search per range, each repeated
    /// only once the scan has passed its last hit, so the whole string is searched in linear time.
    /// </summary>
    private ref struct SuspiciousScan
    {
        private readonly ReadOnlySpan<char> text;

        // Per range: -1 no more hits; -2 not searched yet; otherwise the cached hit, still valid while >= from.
        private RangeHits next;

        public SuspiciousScan(ReadOnlySpan<char> text)
        {
            System.Diagnostics.Debug.Assert(SuspiciousRanges.Length == RangeCount, "one cached hit per range");
            this.text = text;
            ((Span<int>)next).Fill(-2);
        }

        /// <summary>The index of the first suspicious character at or after <paramref name="from"/>, or -1.</summary>
        public int Next(int from)
        {
            var earliest = -1;
            for (var r = 0; r < RangeCount; r++)
            {
                if (next[r] == -2 || (next[r] >= 0 && next[r] < from))
                {
                    var found = from < text.Length ? text[from..].IndexOfAnyInRange(SuspiciousRanges[r].Low, SuspiciousRanges[r].High) : -1;
                    next[r] = found < 0 ? -1 : from + found;
                }

                if (next[r] >= 0 && (earliest < 0 || next[r] < earliest))
                {
                    earliest = next[r];
                }
            }

            return earliest;
        }
    }

    private const int RangeCount = 10;

    [System.Runtime.CompilerServices.InlineArray(RangeCount)]
    private struct RangeHits
    {
        private int first;
    }

    private static CharacterClass? Classify(int c) => c switch
    {
        '\t' or '\n' or '\r' or 0x85 or 0x2028 or 0x2029 => CharacterClass.LineStructure,
        < 0x20 or 0xFFFE or 0xFFFF or (>= 0xD800 and <= 0xDFFF) => CharacterClass.NotXml,
        >= 0x7F and <= 0x9F => CharacterClass.Control,
        0x200E or 0x200F or 0x061C or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) => CharacterClass.BidiControl,
        _ when IsRightToLeft(c) => CharacterClass.RightToLeft,
        _ => null,
    };

    /// <summary>
    /// The blocks of right-to-left scripts: the ranges DerivedBidiClass.txt (Unicode 15) gives the
    /// default Bidi_Class R or AL — Hebrew, Arabic, Syriac, Thaana, NKo … (U+0590–U+08FF), their
    /// presentation forms (U+FB1D–U+FDFF, U+FE70–U+FEFE), and the right-to-left areas of the
    /// Supplementary Multilingual Plane (U+10800–U+10FFF, U+1E800–U+1EFFF).
    /// </summary>
    private static bool IsRightToLeft(int c) => c is (>= 0x0590 and <= 0x08FF) or (>= 0xFB1D and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFE)
        or (>= 0x10800 and <= 0x10FFF) or (>= 0x1E800 and <= 0x1EFFF);
}
