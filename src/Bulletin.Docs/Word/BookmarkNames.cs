using System.Globalization;
using System.Text;
using Bulletin.Docs.Model;

namespace Bulletin.Docs.Word;

/// <summary>
/// Maps item ids to Word bookmark names: letters, digits and '_' only, at most 40 characters,
/// starting with a letter (Word's rules for visible bookmarks); collisions get a numbered name.
/// Items the contents box lists get a bookmark even without an id: a hidden one (leading '_'),
/// numbered in reading order, so it cannot meet a name made from an id.
/// </summary>
internal sealed class BookmarkNames
{
    private const int MaxLength = 40;
    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);
    private readonly Dictionary<BulletinItem, string> unnamedItems = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> placed = new(StringComparer.Ordinal);

    /// <param name="items">The document's items, whose ids become bookmark names.</param>
    /// <param name="listed">The items the contents box refers to, in reading order; each gets a bookmark.</param>
    public BookmarkNames(IEnumerable<BulletinItem> items, IEnumerable<BulletinItem>? listed = null)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in Ids(items))
        {
            if (names.ContainsKey(id))
            {
                continue;
            }

            var name = Sanitize(id);
            if (!used.Add(name))
            {
                var counter = 1;
                string candidate;
                do
                {
                    var suffix = "_" + counter.ToString(CultureInfo.InvariantCulture);
                    candidate = name[..Math.Min(name.Length, MaxLength - suffix.Length)] + suffix;
                    counter++;
                }
                while (!used.Add(candidate));
                name = candidate;
            }

            names.Add(id, name);
        }

        var ordinal = 0;
        foreach (var item in listed ?? [])
        {
            ordinal++;
            if (item.Id is null)
            {
                unnamedItems.TryAdd(item, "_Item" + ordinal.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>The bookmark of an item: from its id, or the hidden one of a listed item without an id; otherwise <c>null</c>.</summary>
    public string? ForItem(BulletinItem item) =>
        item.Id is { } id ? For(id) : unnamedItems.GetValueOrDefault(item);

    /// <summary>True the first time a name is placed, false after (an item instance used twice is bookmarked once).</summary>
    public bool Place(string name) => placed.Add(name);

    /// <summary>The bookmark name of an item id; an unknown id is sanitised the same way.</summary>
    public string For(string id) => names.TryGetValue(id, out var name) ? name : Sanitize(id);

    private static IEnumerable<string> Ids(IEnumerable<BulletinItem> items)
    {
        foreach (var item in items)
        {
            if (item.Id is { } id)
            {
                yield return id;
            }

            if (item is Section section)
            {
                foreach (var inner in Ids(section.Items))
                {
                    yield return inner;
                }
            }
        }
    }

    private static string Sanitize(string id)
    {
        var builder = new StringBuilder(Math.Min(id.Length + 2, MaxLength));
        if (id.Length == 0 || !char.IsAsciiLetter(id[0]))
        {
            builder.Append("b_");
        }

        foreach (var character in id)
        {
            if (builder.Length == MaxLength)
            {
                break;
            }

            builder.Append(char.IsAsciiLetterOrDigit(character) ? character : '_');
        }

        return builder.ToString();
    }
}
