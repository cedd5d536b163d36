using Bulletin.Docs.Model;

namespace Bulletin.Docs.Validation;

/// <summary>Rules for lists: at least one item, and no item without visible content.</summary>
internal static class ListRules
{
    /// <summary>Reports a null or empty item list; returns whether the items can be walked.</summary>
    public static bool CheckItems(ValidationContext context, ListBlock list)
    {
        if (list.Items is null)
        {
            context.Report("Items", "list items are null");
            return false;
        }

        if (list.Items.Count == 0)
        {
            context.Report("list has no items");
            return false;
        }

        return true;
    }

    /// <summary>
    /// Reports a null item or one with nothing to show (no inline, or only blank runs and line
    /// breaks); returns whether the item's inlines can be walked.
    /// </summary>
    public static bool CheckItem(ValidationContext context, IReadOnlyList<Inline?>? item)
    {
        if (item is null)
        {
            context.Report("list item is null");
            return false;
        }

        if (!HasVisibleContent(item))
        {
            context.Report("list item is empty");
        }

        return true;
    }

    private static bool HasVisibleContent(IReadOnlyList<Inline?> item)
    {
        for (var i = 0; i < item.Count; i++)
        {
            var visible = item[i] switch
            {
                Text text => !string.IsNullOrWhiteSpace(text.Value),
                Strong strong => !string.IsNullOrWhiteSpace(strong.Value),
                Emphasis emphasis => !string.IsNullOrWhiteSpace(emphasis.Value),
                Link link => !string.IsNullOrWhiteSpace(link.Value),
                _ => false,
            };
            if (visible)
            {
                return true;
            }
        }

        return false;
    }
}
