using Bulletin.Docs.Model;

namespace Bulletin.Docs.Validation;

/// <summary>
/// The item ids of a document, gathered before the walk so that a link may point to an item that
/// comes after it, and a duplicate can name where the id was first used.
/// </summary>
internal sealed class ItemIds
{
    private readonly Dictionary<string, (int Item, int Nested)> firstUse = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Item, int Nested)>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    private ItemIds() => bySpan = firstUse.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Gathers the ids of the items and of the items inside sections, tolerating nulls.</summary>
    public static ItemIds Gather(IReadOnlyList<BulletinItem?>? items)
    {
        var ids = new ItemIds();
        if (items is null)
        {
            return ids;
        }

        for (var i = 0; i < items.Count; i++)
        {
            ids.Add(items[i]?.Id, i, -1);
            if (items[i] is Section { Items: { } nested })
            {
                for (var j = 0; j < nested.Count; j++)
                {
                    ids.Add(nested[j]?.Id, i, j);
                }
            }
        }

        return ids;
    }

    /// <summary>True when some item has this id (the text after <c>#</c> of a link target).</summary>
    public bool Contains(ReadOnlySpan<char> id) => bySpan.ContainsKey(id);

    /// <summary>
    /// The path of the first item with <paramref name="id"/> when that is not the item at
    /// (<paramref name="item"/>, <paramref name="nested"/>); <c>null</c> when this item is the first.
    /// </summary>
    public string? EarlierUse(string id, int item, int nested)
    {
        if (!firstUse.TryGetValue(id, out var first) || first == (item, nested))
        {
            return null;
        }

        return first.Nested < 0 ? $"Items[{first.Item}]" : $"Items[{first.Item}].Items[{first.Nested}]";
    }

    private void Add(string? id, int item, int nested)
    {
        if (id is not null)
        {
            firstUse.TryAdd(id, (item, nested));
        }
    }
}
