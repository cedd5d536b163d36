namespace Bulletin.Docs.Layout.LineBreaking;

/// <summary>
/// Break opportunities inside URLs, paths and e-mail addresses, which UAX #14 leaves almost
/// unbreakable: after each <c>/ . - _ ? &amp; = @</c> that is followed by more of the address (the Chicago Manual's and most
/// style guides' rule: break after a slash or a dot, never inside a run of them such as <c>://</c>),
/// and nowhere else inside it.
/// </summary>
internal static class UrlBreaks
{
    private const string BreakAfter = "/.-_?&=@";

    /// <summary>Rewrites <paramref name="breakBefore"/> inside every URL or path of <paramref name="text"/>.</summary>
    public static void Apply(ReadOnlySpan<char> text, Span<BreakAction> breakBefore)
    {
        for (int start = 0; start < text.Length;)
        {
            if (!IsAddressChar(text[start]))
            {
                start++;
                continue;
            }

            int end = start;
            while (end < text.Length && IsAddressChar(text[end]))
            {
                end++;
            }

            var (s, e) = Trim(text, start, end);
            if (e - s > 1 && IsAddress(text[s..e]))
            {
                for (int i = s + 1; i < e; i++)
                {
                    breakBefore[i] = BreakAfter.Contains(text[i - 1], StringComparison.Ordinal) && !BreakAfter.Contains(text[i], StringComparison.Ordinal)
                        ? BreakAction.Allowed
                        : BreakAction.None;
                }
            }

            start = end;
        }
    }

    // Printable ASCII without the space: what a URL or path is written in.
    private static bool IsAddressChar(char c) => c is > ' ' and <= '~';

    // Sentence punctuation and brackets around an address are not part of it.
    private static (int Start, int End) Trim(ReadOnlySpan<char> text, int start, int end)
    {
        while (start < end && text[start] is '(' or '"' or '\'' or '<' or '[')
        {
            start++;
        }

        while (end > start && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '"' or '\'' or '>' or ']')
        {
            end--;
        }

        return (start, end);
    }

    // A scheme (https://), a www. host, an e-mail address (name@host.domain), or a path: two
    // slashes between letters or digits (zwgk/tzgg/index). One slash (TCP/IP, km/h) is the
    // separator mark of GB/T 15834 §4.17, which neither starts nor ends a line.
    private static bool IsAddress(ReadOnlySpan<char> run)
    {
        if (run.Contains("://", StringComparison.Ordinal) || run.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        int at = run.IndexOf('@');
        if (at > 0 && char.IsAsciiLetterOrDigit(run[at - 1]) && run[(at + 1)..].IndexOf('.') is > 0 and var dot && dot + at + 2 < run.Length)
        {
            return true;
        }

        int slashes = 0;
        for (int i = 1; i + 1 < run.Length; i++)
        {
            if (run[i] is '/' or '\\' && char.IsAsciiLetterOrDigit(run[i - 1]) && char.IsAsciiLetterOrDigit(run[i + 1]))
            {
                slashes++;
            }
        }

        return slashes >= 2;
    }
}
