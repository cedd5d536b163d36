using System.IO.Compression;
using System.Text.Json.Nodes;
using NUnit.Framework;
using UglyToad.PdfPig;

namespace Bulletin.Docs.Cli.Tests;

/// <summary>The commands as a user runs them: exit codes, file:line:column messages, what is written.</summary>
public sealed class CommandTests
{
    private const string ThreeMistakes = """
        ---
        theme: press-release
        colour: red
        masthead:
          name: 新闻通稿
        ---

        # 太原市互联网协会服务能力逐年增强

        协会自2007年成立以来，积极适应互联网行业的快速发展。

        ![年会现场](missing.jpg "王韵菲 摄")

        会上发布了新标识😀，反响热烈。
        """;

    [Test]
    public void Three_mistakes_give_three_located_messages_exit_1_and_nothing_written()
    {
        using var folder = new TempFolder();
        folder.Write("release.md", ThreeMistakes);

        var (exit, io) = TestIo.Run(folder.Path, "render", "release.md");

        var lines = io.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.InputProblems));
            Assert.That(lines, Has.Length.EqualTo(3), io.Errors);
            Assert.That(lines[0], Does.StartWith("release.md:3:1: unknown front matter key 'colour'"));
            Assert.That(lines[1], Does.StartWith("release.md:12:1: image 'missing.jpg' does not exist"));
            Assert.That(lines[2], Does.StartWith("release.md:14:9: ").And.Contain("U+1F600"));
            Assert.That(io.Errors, Does.Not.Contain("   at "), "no stack trace for a user mistake");
            Assert.That(Directory.GetFiles(folder.Path), Is.EqualTo(new[] { Path.Combine(folder.Path, "release.md") }));
        });
    }

    [Test]
    public void A_file_with_nothing_to_print_renders_with_a_warning()
    {
        using var folder = new TempFolder();
        folder.Write("empty.md", "---\ntheme: press-release\n---\n");

        var (exit, io) = TestIo.Run(folder.Path, "render", "empty.md");

        Assert.That(exit, Is.EqualTo(ExitCodes.Success), io.Errors);
        Assert.That(io.Errors, Does.Contain("bulletin: warning: empty.md holds nothing to print"));
    }

    [Test]
    public void A_placement_set_in_the_flow_is_a_note_at_its_line_and_everything_is_written()
    {
        using var folder = new TempFolder();
        folder.Write("release.md", "---\ntheme: press-release\n---\n\n# 标题\n\n版位：2栏\n\n正文。\n\n# 后文\n\n正文。\n");

        var (exit, io) = TestIo.Run(folder.Path, "render", "release.md", "--pdf");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Success), io.Errors);
            Assert.That(io.Errors, Does.Contain("release.md:7:1: note: Items[0]: set in the flow: theme '"));
            Assert.That(File.Exists(Path.Combine(folder.Path, "release.pdf")), Is.True);
        });
    }

    [Test]
    public void Validate_reports_the_same_problems_and_writes_nothing()
    {
        using var folder = new TempFolder();
        folder.Write("release.md", ThreeMistakes);

        var (exit, io) = TestIo.Run(folder.Path, "validate", "release.md");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.InputProblems));
            Assert.That(io.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(3));
            Assert.That(Directory.GetFiles(folder.Path), Has.Length.EqualTo(1));
        });
    }

    [Test]
    public void Validation_problems_point_at_the_markdown_line()
    {
        using var folder = new TempFolder();
        folder.Write("bad.md", "# 标题\n\n正文见[后文](#nowhere)。\n");

        var (exit, io) = TestIo.Run(folder.Path, "validate", "bad.md");

        Assert.That(exit, Is.EqualTo(ExitCodes.InputProblems));
        Assert.That(io.Errors, Does.StartWith("bad.md:3:4: ").And.Contain("nowhere"), io.Errors);
    }

    [Test]
    public void New_then_render_writes_a_docx_and_a_one_page_pdf()
    {
        using var folder = new TempFolder();
        Assert.That(TestIo.Run(folder.Path, "new", "press-release").Exit, Is.EqualTo(ExitCodes.Success));

        var (exit, io) = TestIo.Run(folder.Path, "render", "press-release.md");

        Assert.That(exit, Is.EqualTo(ExitCodes.Success), io.Errors);
        Assert.That(io.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[] { "press-release.docx", "press-release.pdf" }));
        using var pdf = PdfDocument.Open(Path.Combine(folder.Path, "press-release.pdf"));
        Assert.That(pdf.NumberOfPages, Is.EqualTo(1));
        Assert.That(string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value)), Does.Contain("服务能力逐年增强"));
    }

    [TestCase("work-bulletin")]
    [TestCase("newspaper")]
    public void The_word_file_is_the_same_bytes_whether_or_not_the_pdf_is_asked_for(string kind)
    {
        using var folder = new TempFolder();
        TestIo.Run(folder.Path, "new", kind);

        var alone = TestIo.Run(folder.Path, "render", kind + ".md", "--docx", "-o", "alone");
        var both = TestIo.Run(folder.Path, "render", kind + ".md", "--docx", "--pdf", "-o", "both");

        Assert.That((alone.Exit, both.Exit), Is.EqualTo((ExitCodes.Success, ExitCodes.Success)), alone.Io.Errors + both.Io.Errors);
        Assert.That(
            File.ReadAllBytes(Path.Combine(folder.Path, "alone", kind + ".docx")),
            Is.EqualTo(File.ReadAllBytes(Path.Combine(folder.Path, "both", kind + ".docx"))),
            "the Word file carries the layout's page make-up either way");
    }

    [TestCase("work-bulletin")]
    [TestCase("newspaper")]
    public void Every_starting_file_renders(string kind)
    {
        using var folder = new TempFolder();
        TestIo.Run(folder.Path, "new", kind);

        var (exit, io) = TestIo.Run(folder.Path, "render", kind + ".md", "--docx");

        Assert.That(exit, Is.EqualTo(ExitCodes.Success), io.Errors);
    }

    [Test]
    public void A_starting_file_written_under_another_name_tells_how_to_render_that_name()
    {
        using var folder = new TempFolder();

        TestIo.Run(folder.Path, "new", "press-release", "release-0107.md");
        var text = File.ReadAllText(Path.Combine(folder.Path, "release-0107.md"));

        Assert.That(text, Does.Contain("bulletin render release-0107.md").And.Contain("release-0107.docx"));
        Assert.That(text, Does.Not.Contain("press-release.md"));
    }

    [Test]
    public void New_does_not_replace_a_file_without_force()
    {
        using var folder = new TempFolder();
        folder.Write("press-release.md", "mine");

        var (exit, io) = TestIo.Run(folder.Path, "new", "press-release");

        Assert.That(exit, Is.EqualTo(ExitCodes.Usage));
        Assert.That(File.ReadAllText(Path.Combine(folder.Path, "press-release.md")), Is.EqualTo("mine"));
        Assert.That(io.Errors, Does.Contain("--force"));
    }

    [Test]
    public void Dash_o_writes_one_pdf_to_standard_output()
    {
        using var folder = new TempFolder();
        TestIo.Run(folder.Path, "new", "press-release");

        var (exit, io) = TestIo.Run(folder.Path, "render", "press-release.md", "--pdf", "-o", "-");

        Assert.That(exit, Is.EqualTo(ExitCodes.Success), io.Errors);
        Assert.That(io.Binary.ToArray().Take(5), Is.EqualTo("%PDF-"u8.ToArray()));
        Assert.That(Directory.GetFiles(folder.Path), Has.Length.EqualTo(1));
    }

    [Test]
    public void Dash_o_with_two_formats_is_a_usage_error()
    {
        using var folder = new TempFolder();
        TestIo.Run(folder.Path, "new", "press-release");

        var (exit, io) = TestIo.Run(folder.Path, "render", "press-release.md", "-o", "-");

        Assert.That(exit, Is.EqualTo(ExitCodes.Usage));
        Assert.That(io.Binary.Length, Is.Zero);
    }

    [TestCase("5")]
    [TestCase("0")]
    [TestCase("1201")]
    public void A_dpi_the_renderer_refuses_is_a_usage_error_not_a_crash(string dpi)
    {
        using var folder = new TempFolder();
        TestIo.Run(folder.Path, "new", "press-release");

        var (exit, io) = TestIo.Run(folder.Path, "render", "press-release.md", "--png", "--dpi", dpi);

        Assert.That(exit, Is.EqualTo(ExitCodes.Usage), io.Errors);
        Assert.That(io.Errors, Does.Contain("--dpi is between 10 and 1200").And.Not.Contain("   at "));
        Assert.That(Directory.GetFiles(folder.Path), Has.Length.EqualTo(1), "nothing written beside the input");
    }

    [Test]
    public void Embed_fonts_puts_the_pdfs_faces_in_the_word_file()
    {
        using var folder = new TempFolder();
        TestIo.Run(folder.Path, "new", "press-release");

        var (exit, io) = TestIo.Run(folder.Path, "render", "press-release.md", "--docx", "--embed-fonts");

        Assert.That(exit, Is.EqualTo(ExitCodes.Success), io.Errors);
        using var archive = new ZipArchive(File.OpenRead(Path.Combine(folder.Path, "press-release.docx")), ZipArchiveMode.Read);
        Assert.That(archive.Entries.Select(entry => entry.FullName).Where(name => name.EndsWith(".odttf", StringComparison.Ordinal)), Is.Not.Empty, "obfuscated font parts");
        using var settings = new StreamReader(archive.GetEntry("word/settings.xml")!.Open());
        Assert.That(settings.ReadToEnd(), Does.Contain("embedTrueTypeFonts"));
    }

    [Test]
    public void Embed_fonts_to_standard_output_embeds_them_too()
    {
        using var folder = new TempFolder();
        TestIo.Run(folder.Path, "new", "press-release");

        var (exit, io) = TestIo.Run(folder.Path, "render", "press-release.md", "--docx", "--embed-fonts", "-o", "-");

        Assert.That(exit, Is.EqualTo(ExitCodes.Success), io.Errors);
        using var archive = new ZipArchive(new MemoryStream(io.Binary.ToArray()), ZipArchiveMode.Read);
        Assert.That(archive.Entries.Select(entry => entry.FullName).Where(name => name.EndsWith(".odttf", StringComparison.Ordinal)), Is.Not.Empty);
    }

    [TestCase("--pdf")]
    [TestCase("--png")]
    public void Embed_fonts_without_a_word_file_is_a_usage_error(string format)
    {
        using var folder = new TempFolder();
        TestIo.Run(folder.Path, "new", "press-release");

        var (exit, io) = TestIo.Run(folder.Path, "render", "press-release.md", format, "--embed-fonts");

        Assert.That(exit, Is.EqualTo(ExitCodes.Usage));
        Assert.That(io.Errors, Does.Contain("--embed-fonts").And.Contain("--docx"));
        Assert.That(Directory.GetFiles(folder.Path), Has.Length.EqualTo(1), "nothing written");
    }

    [Test]
    public void An_unknown_option_is_a_usage_error()
    {
        var (exit, io) = TestIo.Run(Path.GetTempPath(), "render", "x.md", "--colour");

        Assert.That(exit, Is.EqualTo(ExitCodes.Usage));
        Assert.That(io.Errors, Does.Contain("--colour"));
    }

    [Test]
    public void A_missing_input_is_an_io_error_without_a_stack_trace()
    {
        using var folder = new TempFolder();

        var (exit, io) = TestIo.Run(folder.Path, "render", "nowhere.md");

        Assert.That(exit, Is.EqualTo(ExitCodes.IoError));
        Assert.That(io.Errors, Does.StartWith("bulletin: cannot read nowhere.md").And.Not.Contain("   at "));
    }

    [Test]
    public void Json_input_renders_like_markdown_and_reports_json_positions()
    {
        using var folder = new TempFolder();
        var json = File.ReadAllText(Path.Combine(Repository.Root, "samples", "json", "press-release.json"));
        folder.Write("release.json", json);
        folder.Write("broken.json", "{\n  \"items\": [],\n  \"colour\": 1\n}");

        var good = TestIo.Run(folder.Path, "render", "release.json", "--docx");
        var bad = TestIo.Run(folder.Path, "validate", "broken.json");

        Assert.That(good.Exit, Is.EqualTo(ExitCodes.Success), good.Io.Errors);
        Assert.That(bad.Exit, Is.EqualTo(ExitCodes.InputProblems));
        Assert.That(bad.Io.Errors, Does.StartWith("broken.json:3:").And.Contain("colour"));
    }

    [TestCase("\"middle\"", "'middle' is not one of: end, start")]
    [TestCase("\"Start\"", "'Start' is not one of: end, start")]
    [TestCase("null", "null is not one of: end, start")]
    public void A_json_value_outside_its_enum_names_the_values_allowed(string side, string expected)
    {
        using var folder = new TempFolder();
        folder.Write("page.json", $$"""
            {
              "items": [
                { "type": "article", "headline": { "lines": ["模块"] }, "placement": { "columns": 2, "side": {{side}} },
                  "body": [ { "type": "paragraph", "inlines": [ { "type": "text", "value": "正文。" } ] } ] }
              ]
            }
            """);

        var (exit, io) = TestIo.Run(folder.Path, "validate", "page.json");

        Assert.That(exit, Is.EqualTo(ExitCodes.InputProblems));
        Assert.That(io.Errors, Does.StartWith("page.json:3:").And.Contain(expected).And.Contain("$.items[0].placement.side"), io.Errors);
    }

    [Test]
    public void A_json_value_of_the_wrong_kind_says_what_kind_was_expected()
    {
        using var folder = new TempFolder();
        folder.Write("page.json", """
            { "items": [ { "type": "article", "headline": { "lines": ["模块"] }, "placement": { "columns": "2" },
              "body": [ { "type": "paragraph", "inlines": [ { "type": "text", "value": "正文。" } ] } ] } ] }
            """);

        var (exit, io) = TestIo.Run(folder.Path, "validate", "page.json");

        Assert.That(exit, Is.EqualTo(ExitCodes.InputProblems));
        Assert.That(io.Errors, Does.Contain("'2' is a string where an integer is expected").And.Contain("$.items[0].placement.columns"), io.Errors);
    }

    [Test]
    public void A_json_member_given_twice_is_a_problem_at_its_line_not_a_crash()
    {
        using var folder = new TempFolder();
        folder.Write("twice.json", "{\n  \"items\": [],\n  \"items\": []\n}");

        var (exit, io) = TestIo.Run(folder.Path, "validate", "twice.json");

        Assert.That(exit, Is.EqualTo(ExitCodes.InputProblems), io.Errors);
        Assert.That(io.Errors, Does.StartWith("twice.json:3:").And.Contain("items").And.Not.Contain("   at "), io.Errors);
    }

    [Test]
    public void A_json_item_without_a_type_is_a_problem_at_its_line_not_a_crash()
    {
        using var folder = new TempFolder();
        folder.Write("untyped.json", "{\"items\": [\n  {\"headline\": {\"lines\": [\"x\"]}, \"body\": []}\n]}");

        var (exit, io) = TestIo.Run(folder.Path, "validate", "untyped.json");

        Assert.That(exit, Is.EqualTo(ExitCodes.InputProblems), io.Errors);
        Assert.That(io.Errors, Does.StartWith("untyped.json:2:").And.Contain("\"type\"").And.Contain("(at $.items[0])"), io.Errors);
    }

    [TestCase("\"masthead\": {\"name\": \"x\", \"date\": \"2025-02-30\"}", "'2025-02-30' is not a date such as 2025-01-07", "$.masthead.date")]
    [TestCase("\"metadata\": {\"created\": \"2025-01-05T10:00:00\"}", "'2025-01-05T10:00:00' is not a time with its offset", "$.metadata.created")]
    public void A_json_string_of_the_wrong_form_says_which_form(string member, string expected, string path)
    {
        using var folder = new TempFolder();
        folder.Write("page.json", $$"""
            { "items": [],
              {{member}} }
            """);

        var (exit, io) = TestIo.Run(folder.Path, "validate", "page.json");

        Assert.That(exit, Is.EqualTo(ExitCodes.InputProblems));
        Assert.That(io.Errors, Does.StartWith("page.json:2:").And.Contain(expected).And.Contain(path).And.Not.Contain("where a string is expected"), io.Errors);
    }

    [Test]
    public void Json_image_bytes_that_are_not_base64_say_so()
    {
        using var folder = new TempFolder();
        folder.Write("page.json", """
            { "items": [ { "type": "article", "headline": { "lines": ["图"] },
              "body": [ { "type": "figure", "altText": "图", "image": { "bytes": "!!!", "format": "png" } } ] } ] }
            """);

        var (exit, io) = TestIo.Run(folder.Path, "validate", "page.json");

        Assert.That(exit, Is.EqualTo(ExitCodes.InputProblems));
        Assert.That(io.Errors, Does.Contain("'!!!' is not base64").And.Contain("$.items[0].body[0].image.bytes"), io.Errors);
    }

    [TestCase("# 标题 {#a b}\n\n正文。\n", "t.md:1:1:", "a b")]
    [TestCase("# 标题 {#a{b}}\n\n正文。\n", "t.md:1:1:", "a{b}")]
    [TestCase("::: section 栏题 {#s x}\n# 标题\n\n正文。\n:::\n", "t.md:1:1:", "s x")]
    public void A_malformed_id_after_a_title_is_reported_rather_than_printed(string markdown, string at, string id)
    {
        using var folder = new TempFolder();
        folder.Write("t.md", markdown);

        var (exit, io) = TestIo.Run(folder.Path, "validate", "t.md");

        Assert.That(exit, Is.EqualTo(ExitCodes.InputProblems), "the title would print '{#" + id + "}'");
        Assert.That(io.Errors, Does.StartWith(at).And.Contain($"\"{id}\""), io.Errors);
    }

    [TestCase("release.md")]
    [TestCase("release.json")]
    public void A_file_that_is_not_utf8_is_reported_at_its_first_bad_byte(string name)
    {
        using var folder = new TempFolder();
        // "# 标题\n\n正文。\n" saved as GBK, as a Chinese Windows editor saves "ANSI" text; in JSON, inside a string.
        byte[] gbk = [0xB1, 0xEA, 0xCC, 0xE2];
        var bytes = name.EndsWith(".md", StringComparison.Ordinal)
            ? [.. "# "u8, .. gbk, .. "\n\n"u8, .. gbk, .. "\n"u8]
            : (byte[])[.. "{\"items\": [],\n \"metadata\": {\"title\": \""u8, .. gbk, .. "\"}}"u8];
        File.WriteAllBytes(Path.Combine(folder.Path, name), bytes);

        var (exit, io) = TestIo.Run(folder.Path, "validate", name);

        Assert.That(exit, Is.EqualTo(ExitCodes.InputProblems), io.Errors);
        var at = name.EndsWith(".md", StringComparison.Ordinal) ? ":1:3: " : ":2:25: ";
        Assert.That(io.Errors, Is.EqualTo($"{name}{at}the file is not UTF-8 (byte 0xB1); save it as UTF-8 (GBK and GB18030 are not read)\n"));
    }

    [Test]
    public void A_theme_file_that_is_not_utf8_is_reported_as_such()
    {
        using var folder = new TempFolder();
        File.WriteAllBytes(Path.Combine(folder.Path, "house.yaml"), [.. "base: press-release\nname: "u8, 0xB1, 0xEA, .. "\n"u8]);
        folder.Write("t.md", "# 标题\n\n正文。\n");

        var (exit, io) = TestIo.Run(folder.Path, "validate", "t.md", "--theme", "house.yaml");

        Assert.That(exit, Is.EqualTo(ExitCodes.InputProblems), io.Errors);
        Assert.That(io.Errors, Does.Contain("house.yaml:2:7: the file is not UTF-8 (byte 0xB1)"), io.Errors);
    }

    [Test]
    public void A_folder_given_as_input_is_called_a_folder()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "drafts"));

        var (exit, io) = TestIo.Run(folder.Path, "validate", "drafts");

        Assert.That(exit, Is.EqualTo(ExitCodes.IoError));
        Assert.That(io.Errors, Is.EqualTo("bulletin: cannot read drafts: it is a folder; give the Markdown or JSON files in it\n"), io.Errors);
    }

    [Test]
    public void A_json_image_file_is_read_as_what_its_bytes_are_whatever_its_extension()
    {
        using var folder = new TempFolder();
        File.Copy(Path.Combine(Repository.Samples, "winter-park.jpg"), Path.Combine(folder.Path, "photo.png"));
        folder.Write("page.json", """
            { "items": [ { "type": "article", "headline": { "lines": ["图"] },
              "body": [ { "type": "figure", "altText": "雪后的公园", "image": { "file": "photo.png" } } ] } ] }
            """);

        var (exit, io) = TestIo.Run(folder.Path, "validate", "page.json");

        Assert.That(exit, Is.EqualTo(ExitCodes.Success), io.Errors);
    }

    [TestCase("""{"items": [{"type": "article"}]}""", "an article needs 'headline' and 'body' (at $.items[0])")]
    [TestCase("""{"items": [], "colour": 1}""", "unknown member 'colour' (known here: masthead, edition, firstPageNumber, items, distribution, metadata) (at $.colour)")]
    [TestCase("""{"items": [{"type": "poem"}]}""", "unknown type 'poem' (one of: article, pictureNews, section) (at $.items[0])")]
    [TestCase("""{"items": null}""", "'items' cannot be null (at $.items)")]
    public void Json_problems_are_told_in_the_json_s_words_not_dotnet_s(string json, string expected)
    {
        using var folder = new TempFolder();
        folder.Write("page.json", json);

        var (exit, io) = TestIo.Run(folder.Path, "validate", "page.json");

        Assert.That(exit, Is.EqualTo(ExitCodes.InputProblems));
        Assert.That(io.Errors, Does.Contain(expected).And.Not.Contain(".NET").And.Not.Contain("Bulletin.Docs.Model"), io.Errors);
    }

    [Test]
    public void New_into_a_folder_writes_the_file_in_it_under_its_default_name()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "drafts"));

        var (exit, io) = TestIo.Run(folder.Path, "new", "newspaper", "drafts");

        Assert.That(exit, Is.EqualTo(ExitCodes.Success), io.Errors);
        Assert.That(File.Exists(Path.Combine(folder.Path, "drafts", "newspaper.md")), Is.True);
        Assert.That(io.Output.Trim(), Is.EqualTo(Path.Combine("drafts", "newspaper.md")));
    }

    [Test]
    public void Render_with_o_naming_a_file_is_a_usage_error_before_any_work()
    {
        using var folder = new TempFolder();
        folder.Write("release.md", "# 标题\n\n正文。\n");
        folder.Write("out.pdf", "old");

        var (exit, io) = TestIo.Run(folder.Path, "render", "release.md", "-o", "out.pdf");

        Assert.That(exit, Is.EqualTo(ExitCodes.Usage));
        Assert.That(io.Errors, Is.EqualTo("bulletin: -o out.pdf is a file; -o names the folder to write into (or - for standard output)\n"));
        Assert.That(File.ReadAllText(Path.Combine(folder.Path, "out.pdf")), Is.EqualTo("old"));
    }

    [Test]
    public void A_nested_section_is_reported_once_not_also_by_the_validator()
    {
        using var folder = new TempFolder();
        folder.Write("t.md", "::: section 甲\n::: section 乙\n# 标题\n\n正文。\n:::\n:::\n");

        var (_, io) = TestIo.Run(folder.Path, "validate", "t.md");

        Assert.That(io.Errors, Does.StartWith("t.md:2:1: sections do not nest; this section is inside another section\n").And.Not.Contain("cannot hold another section"), io.Errors);
    }

    [TestCase("# 标题\n\n- a\n  - b\n", new[] { "t.md:3:1: a list item holds one paragraph (lists do not nest)" })]
    [TestCase("# 标题\n\n![](nope.png)\n", new[]
    {
        "t.md:3:1: a picture needs alt text for readers who cannot see it: a caption in ![…] or a line 替代文字：… under it",
        "t.md:3:1: image 'nope.png' does not exist",
    })]
    public void One_mistake_in_markdown_is_reported_once(string markdown, string[] expected)
    {
        using var folder = new TempFolder();
        folder.Write("t.md", markdown);

        var (exit, io) = TestIo.Run(folder.Path, "validate", "t.md");

        Assert.That(exit, Is.EqualTo(ExitCodes.InputProblems));
        var lines = io.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(expected.Length), io.Errors);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.That(lines[i], Does.StartWith(expected[i]), io.Errors);
        }
    }

    [TestCase(new[] { "a/x.md", "b/x.md" }, "out", "a/x.md and b/x.md would write the same files (out/x.*)")]
    [TestCase(new[] { "a/x.md", "a/x.json" }, null, "a/x.md and a/x.json would write the same files (a/x.*)")]
    public void Two_inputs_that_would_write_the_same_files_are_a_usage_error_before_any_work(string[] files, string? output, string expected)
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "a"));
        Directory.CreateDirectory(Path.Combine(folder.Path, "b"));
        folder.Write("a/x.md", "# 甲稿\n\n正文甲。\n");
        folder.Write("b/x.md", "# 乙稿\n\n正文乙。\n");
        folder.Write("a/x.json", """{"items": [{"type": "article", "headline": {"lines": ["丙稿"]}, "body": []}]}""");

        string[] arguments = ["render", .. files, "--pdf", .. output is null ? Array.Empty<string>() : ["-o", output]];
        var (exit, io) = TestIo.Run(folder.Path, arguments);

        Assert.That(exit, Is.EqualTo(ExitCodes.Usage), io.Errors);
        Assert.That(io.Errors, Does.StartWith("bulletin: " + expected), io.Errors);
        Assert.That(Directory.GetFiles(folder.Path, "*.pdf", SearchOption.AllDirectories), Is.Empty, "nothing written");
    }

    [Test]
    public void Schema_prints_the_json_schema()
    {
        var (exit, io) = TestIo.Run(Path.GetTempPath(), "schema");

        Assert.That(exit, Is.EqualTo(ExitCodes.Success));
        var schema = JsonNode.Parse(io.Output)!;
        Assert.That((string?)schema["$schema"], Does.Contain("2020-12"));
        Assert.That(schema["required"]!.AsArray().Select(n => (string?)n), Does.Contain("items"));
    }

    [Test]
    public void Fonts_lists_faces_roles_and_uncovered_characters()
    {
        using var folder = new TempFolder();
        folder.Write("release.md", "# 标题\n\n笑😀。\n");

        var (exit, io) = TestIo.Run(folder.Path, "fonts", "release.md");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.InputProblems));
            Assert.That(io.Output, Does.Contain("Noto Serif SC").And.Contain("Headline"));
            Assert.That(io.Errors, Does.StartWith("release.md:3:2: ").And.Contain("U+1F600"));
        });
    }

    [Test]
    public void Fonts_lists_the_roles_of_the_theme_the_file_names()
    {
        // help: --theme "overrides the file's theme:", so without it the file's own theme: counts.
        using var folder = new TempFolder();
        folder.Write("page.md", "---\ntheme: newspaper\n---\n\n# 标题\n\n正文。\n");
        folder.Write("house.yaml", "name: 市报\nbase: newspaper\n");
        folder.Write("house.md", "---\ntheme: house.yaml\n---\n\n# 标题\n\n正文。\n");

        var own = TestIo.Run(folder.Path, "fonts", "page.md");
        var overridden = TestIo.Run(folder.Path, "fonts", "page.md", "--theme", "work-bulletin");
        var file = TestIo.Run(folder.Path, "fonts", "house.md");

        Assert.Multiple(() =>
        {
            Assert.That(own.Exit, Is.EqualTo(ExitCodes.Success), own.Io.Errors);
            Assert.That(own.Io.Output, Does.Contain($"Roles in theme {Bulletin.Docs.Theme.BulletinThemes.Newspaper.Name}:"));
            Assert.That(overridden.Io.Output, Does.Contain($"Roles in theme {Bulletin.Docs.Theme.BulletinThemes.WorkBulletin.Name}:"));
            Assert.That(file.Io.Output, Does.Contain("Roles in theme 市报:"), file.Io.Errors);
        });
    }

    [Test]
    public void Several_files_redirected_give_one_plain_line_per_file_written()
    {
        using var folder = new TempFolder();
        TestIo.Run(folder.Path, "new", "press-release", "a.md");
        TestIo.Run(folder.Path, "new", "press-release", "b.md");

        var (exit, io) = TestIo.Run(folder.Path, "render", "a.md", "b.md", "--docx", "-o", "out");

        Assert.That(exit, Is.EqualTo(ExitCodes.Success), io.Errors);
        Assert.That(io.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[] { Path.Combine("out", "a.docx"), Path.Combine("out", "b.docx") }));
    }

    [Test]
    public void Several_files_on_a_terminal_go_through_the_progress_bar_and_list_what_was_written()
    {
        using var folder = new TempFolder();
        TestIo.Run(folder.Path, "new", "press-release", "a.md");
        TestIo.Run(folder.Path, "new", "press-release", "b.md");
        var io = new TestIo(folder.Path, interactive: true);

        var exit = BulletinCli.Run(["render", "a.md", "b.md", "--docx"], io);

        Assert.That(exit, Is.EqualTo(ExitCodes.Success), io.Errors);
        Assert.That(io.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[] { "a.docx", "b.docx" }));
    }

    [Test]
    public void A_validation_problem_in_json_points_at_its_line()
    {
        using var folder = new TempFolder();
        folder.Write("release.json", """
            {
              "items": [
                {
                  "type": "article",
                  "headline": { "lines": ["标题"] },
                  "body": [
                    { "type": "paragraph", "inlines": [ { "type": "link", "value": "后文", "target": "#nowhere" } ] }
                  ]
                }
              ]
            }
            """);

        var (exit, io) = TestIo.Run(folder.Path, "validate", "release.json");

        Assert.That(exit, Is.EqualTo(ExitCodes.InputProblems));
        Assert.That(io.Errors, Does.StartWith("release.json:7:78: Items[0].Body[0].Inlines[0].Target").And.Contain("nowhere"), io.Errors);
    }
}
