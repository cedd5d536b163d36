using Bulletin.Docs.Model;
using NUnit.Framework;
using static Bulletin.Docs.Tests.Validation.SampleBulletins;
using static Bulletin.Docs.Tests.Validation.ValidationAssert;

namespace Bulletin.Docs.Tests.Validation;

public sealed class TableAndListRuleTests
{
    [Test]
    public void Empty_table_is_reported() =>
        Assert.That(Problems(WithBody(new Table([]))), Is.EqualTo(new[] { "Items[0].Body[0]: table has no rows" }));

    [Test]
    public void Null_rows_are_reported() =>
        Assert.That(Problems(WithBody(new Table(null!))), Is.EqualTo(new[] { "Items[0].Body[0].Rows: rows are null" }));

    [Test]
    public void Empty_and_null_rows_are_reported() =>
        Assert.That(Problems(WithBody(new Table([["甲", "乙"], [], null!]))), Is.EqualTo(new[]
        {
            "Items[0].Body[0].Rows[1]: row has no cells",
            "Items[0].Body[0].Rows[2]: row is null",
        }));

    [Test]
    public void Rows_of_differing_length_are_reported_against_the_first_row() =>
        Assert.That(Problems(WithBody(new Table([["a", "b", "c", "d"], ["1", "2", "3", "4"], ["1", "2", "3"]]))), Is.EqualTo(new[]
        {
            "Items[0].Body[0].Rows[2]: row 2 has 3 cells, row 0 has 4",
        }));

    [Test]
    public void Null_cell_is_reported_and_empty_cell_is_allowed() =>
        Assert.That(Problems(WithBody(new Table([["", null!]]))), Is.EqualTo(new[]
        {
            "Items[0].Body[0].Rows[0][1]: cell is null; use an empty string for an empty cell",
        }));

    [Test]
    public void Empty_list_is_reported() =>
        Assert.That(Problems(WithBody(new ListBlock([]))), Is.EqualTo(new[] { "Items[0].Body[0]: list has no items" }));

    [Test]
    public void Null_list_items_are_reported() =>
        Assert.That(Problems(WithBody(new ListBlock(null!))), Is.EqualTo(new[] { "Items[0].Body[0].Items: list items are null" }));

    [Test]
    public void Empty_list_items_are_reported() =>
        Assert.That(Problems(WithBody(new ListBlock([[new Text("有")], [], [new Text(" "), new LineBreak()], null!]))), Is.EqualTo(new[]
        {
            "Items[0].Body[0].Items[1]: list item is empty",
            "Items[0].Body[0].Items[2]: list item is empty",
            "Items[0].Body[0].Items[3]: list item is null",
        }));
}
