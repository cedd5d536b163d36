using Bulletin.Docs.Composition;
using Bulletin.Docs.Model;
using Bulletin.Docs.Theme;
using NUnit.Framework;

namespace Bulletin.Docs.Tests.Composition;

public sealed class PrintedFormsTests
{
    [Test]
    public void Dates_are_written_without_zero_padding() =>
        Assert.That(PrintedForms.Date(new DateOnly(2025, 1, 7)), Is.EqualTo("2025年1月7日"));

    [TestCase("编者按", "编者按：")]
    [TestCase("报：", "报：")]
    [TestCase("", "")]
    public void Run_in_labels_end_with_one_full_width_colon_and_an_empty_label_prints_nothing(string label, string printed) =>
        Assert.That(PrintedForms.RunInLabel(label), Is.EqualTo(printed));

    [Test]
    public void Bylines_jump_lines_column_labels_and_print_runs_read_as_printed()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PrintedForms.Parenthesized("上接第1版"), Is.EqualTo("（上接第1版）"));
            Assert.That(PrintedForms.ColumnLabel("井州论坛"), Is.EqualTo("｜井州论坛｜"));
            Assert.That(PrintedForms.PrintRun(120), Is.EqualTo("（共印120份）"));
        });
    }
}
