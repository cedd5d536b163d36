namespace Bulletin.Docs.Validation;

/// <summary>Rules for item ids: well-formed and unique within the document.</summary>
internal static class IdRules
{
    /// <summary>
    /// Checks the optional id of the item at (<paramref name="item"/>, <paramref name="nested"/>;
    /// -1 when the item is not inside a section). Letters and digits are Unicode letters and
    /// digits (char.IsLetterOrDigit), so 要闻-1 is a valid id; writers map ids to bookmark names.
    /// </summary>
    public static void Check(ValidationContext context, ItemIds ids, string? id, int item, int nested)
    {
        if (id is null)
        {
            return;
        }

        if (id.Length == 0)
        {
            context.Report("Id", "id is empty; leave it null for none");
            return;
        }

        if (!IsWellFormed(id))
        {
            context.Report("Id", $"id {ProblemText.Quote(id)} may only hold letters, digits, '-' and '_'");
            return;
        }

        if (ids.EarlierUse(id, item, nested) is { } earlier)
        {
            context.Report("Id", $"id {ProblemText.Quote(id)} is already used by {earlier}");
        }
    }

    private static bool IsWellFormed(string id)
    {
        foreach (var c in id)
        {
            if (!char.IsLetterOrDigit(c) && c is not '-' and not '_')
            {
                return false;
            }
        }

        return true;
    }
}
