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
    public void Column_widths_of_the_wrong_count_are_reported() =>
        Assert.That(Problems(WithBody(new Table([["序号", "名称", "说明"], ["1", "甲", "乙"]]) { ColumnWidths = [1, 4] })), Is.EqualTo(new[]
        {
            "Items[0].Body[0].ColumnWidths: 2 column widths for 3 columns; give one share per column, e.g. [1, 4, 6], or leave them out to size the columns from their text",
        }));

    [Test]
    public void Column_widths_that_are_not_positive_finite_shares_are_reported_each_with_its_index() =>
        Assert.That(Problems(WithBody(new Table([["a", "b", "c", "d", "e"]]) { ColumnWidths = [1, 0, -2.5, double.NaN, double.PositiveInfinity] })), Is.EqualTo(new[]
        {
            "Items[0].Body[0].ColumnWidths[1]: column width 0 is not positive; widths are relative shares such as 1 or 2.5",
            "Items[0].Body[0].ColumnWidths[2]: column width -2.5 is not positive; widths are relative shares such as 1 or 2.5",
            "Items[0].Body[0].ColumnWidths[3]: column width NaN is not a finite number; widths are relative shares such as 1 or 2.5",
            "Items[0].Body[0].ColumnWidths[4]: column width Infinity is not a finite number; widths are relative shares such as 1 or 2.5",
        }));

    [Test]
    public void Column_widths_whose_sum_overflows_are_reported() =>
        Assert.That(Problems(WithBody(new Table([["a", "b"]]) { ColumnWidths = [double.MaxValue, double.MaxValue] })), Is.EqualTo(new[]
        {
            "Items[0].Body[0].ColumnWidths: column widths add up to more than a double can hold; use smaller shares",
        }));

    [Test]
    public void Positive_column_widths_one_per_column_are_accepted() =>
        Assert.That(Problems(WithBody(new Table([["序号", "名称"], ["1", "甲"]]) { ColumnWidths = [0.5, 3] })), Is.Empty);

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
