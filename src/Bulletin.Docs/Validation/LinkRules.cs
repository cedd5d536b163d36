namespace Bulletin.Docs.Validation;

/// <summary>Rules for link targets: an absolute http, https or mailto URL, or <c>#id</c> of an item.</summary>
internal static class LinkRules
{
    /// <summary>
    /// The longest link target accepted, in characters. A PDF string holds at most 32,767 bytes
    /// (ISO 32000-1, Annex C; ISO 19005-2, 6.1.13), and a URI goes in as percent-encoded UTF-8, up
    /// to nine bytes a character; 2,048 is also what browsers and servers commonly accept.
    /// </summary>
    public const int MaxTargetLength = 2048;

    /// <summary>Checks a link's target at the member <c>Target</c> of the current inline.</summary>
    public static void CheckTarget(ValidationContext context, ItemIds ids, string? target)
    {
        const string member = "Target";
        if (string.IsNullOrWhiteSpace(target))
        {
            context.Report(member, "link target is missing or blank");
            return;
        }

        TextRules.Characters(context, member, target, TextKind.SingleLine);
        if (target.Length > MaxTargetLength)
        {
            context.Report(member, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"link target is {target.Length:N0} characters long, more than the {MaxTargetLength:N0} a PDF string can hold once percent-encoded"));
            return;
        }

        if (target[0] == '#')
        {
            if (!ids.Contains(target.AsSpan(1)))
            {
                context.Report(member, $"link target {ProblemText.Quote(target)} names no item Id of this document");
            }

            return;
        }

        if (!IsAbsoluteWebOrMailUrl(target))
        {
            context.Report(member, $"link target {ProblemText.Quote(target)} is neither an absolute http, https or mailto URL nor #id of an item");
        }
    }

    private static bool IsAbsoluteWebOrMailUrl(string target)
    {
        if (!Uri.TryCreate(target, UriKind.Absolute, out var uri))
        {
            return false;
        }

        if (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        {
            return uri.Host.Length > 0;
        }

        return uri.Scheme == Uri.UriSchemeMailto && target.Length > "mailto:".Length;
    }
}
