using Bulletin.Docs.Fonts;

namespace Bulletin.Docs.Validation;

/// <summary>
/// Rules for every string of the model: present when needed, not blank when it must carry text,
/// and only characters that XML 1.0 (and so Word's document.xml) can carry.
/// </summary>
/// <remarks>
/// XML 1.0 §2.2 (Char production) excludes U+0000–U+0008, U+000B, U+000C, U+000E–U+001F,
/// U+FFFE, U+FFFF and unpaired surrogates; Open XML parts are XML 1.0. Offsets in messages count
/// UTF-16 code units from the start of the string. Every string of the model is single-line: CR,
/// LF and tab are rejected too, because each writer would otherwise have to guess what they mean
/// (a line break inside a paragraph is a <see cref="Model.LineBreak"/> inline; headline and
/// subheading lines are separate list entries).
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
    /// Reports the first character XML 1.0 cannot carry and the first line-structure character
    /// (CR, LF, tab), each with its code point, offset and how many more there are. Allocates
    /// nothing unless a problem is found; the scan is vectorised between suspicious characters.
    /// </summary>
    public static void Characters(ValidationContext context, string? member, string value, TextKind kind)
    {
        var text = value.AsSpan();
        var invalid = new Finding();
        var lineStructure = new Finding();
        var scan = new SuspiciousScan(text);
        for (var i = scan.Next(0); i >= 0; i = scan.Next(i + 1))
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (c is '\t' or '\n' or '\r')
            {
                lineStructure.Add(c, i);
            }
            else
            {
                invalid.Add(c, i);
            }
        }

        if (invalid.Count > 0)
        {
            var what = char.IsSurrogate(invalid.First) ? "an unpaired surrogate " : string.Empty;
            Report(context, member, $"text contains {what}{ProblemText.CodePoint(invalid.First)} at offset {invalid.Offset}, which Word cannot store{More(invalid.Count)}");
        }

        if (lineStructure.Count > 0)
        {
            Report(context, member, LineStructureMessage(lineStructure, kind));
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
            _ => "a carriage return",
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
        public char First;
        public int Offset;

        public void Add(char c, int offset)
        {
            if (Count++ == 0)
            {
                First = c;
                Offset = offset;
            }
        }
    }

    /// <summary>
    /// Finds the characters the rules must look at — C0 controls, surrogates (valid only in
    /// pairs) and U+FFFE/U+FFFF — with one vectorised search per range, each repeated only once
    /// the scan has passed its last hit, so the whole string is searched in linear time.
    /// </summary>
    private ref struct SuspiciousScan(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> text = text;
        private int nextControl = -2;
        private int nextSurrogate = -2;
        private int nextNoncharacter = -2;

        /// <summary>The index of the first suspicious character at or after <paramref name="from"/>, or -1.</summary>
        public int Next(int from)
        {
            var control = Advance(ref nextControl, from, '\0', '\u001F');
            var surrogate = Advance(ref nextSurrogate, from, '\uD800', '\uDFFF');
            var noncharacter = Advance(ref nextNoncharacter, from, '\uFFFE', '\uFFFF');
            return Earliest(Earliest(control, surrogate), noncharacter);
        }

        private readonly int Advance(ref int next, int from, char low, char high)
        {
            // -1: no more hits; -2: not searched yet; otherwise the cached hit, still valid while >= from.
            if (next == -1 || next >= from)
            {
                return next;
            }

            var found = from < text.Length ? text[from..].IndexOfAnyInRange(low, high) : -1;
            next = found < 0 ? -1 : from + found;
            return next;
        }

        private static int Earliest(int a, int b) => a < 0 ? b : b < 0 ? a : Math.Min(a, b);
    }
}
