#!/usr/bin/env -S dotnet run
// A press office's script: a plain-text release in, Word and PDF out, in the press-release theme.
//
//   dotnet run release.cs -- release.txt [unit] [yyyy-mm-dd]
//
// release.txt: the headline on the first line (a second line after " / " makes a two-line
// headline), then one paragraph per line; a line starting with "## " is a 小标题.
// Copy this file anywhere: outside this repository, replace the two #:project lines by
//   #:package Bulletin.Docs@0.1.0
//   #:package Bulletin.Docs.Fonts@0.1.0
#:project ../../src/Bulletin.Docs/Bulletin.Docs.csproj
#:project ../../src/Bulletin.Docs.Fonts/Bulletin.Docs.Fonts.csproj
#:property InvariantGlobalization=true

using System.Globalization;
using Bulletin.Docs;
using Bulletin.Docs.Fonts;
using Bulletin.Docs.Model;
using Bulletin.Docs.Serialization;
using Bulletin.Docs.Theme;
using Bulletin.Docs.Validation;

if (args.Length < 1)
{
    Console.Error.WriteLine("usage: dotnet run release.cs -- release.txt [unit] [yyyy-mm-dd]");
    return 2;
}

var lines = File.ReadAllLines(args[0]).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
if (lines.Count == 0)
{
    Console.Error.WriteLine($"{args[0]} holds no headline: write the headline on its first line, then one paragraph per line");
    return 2;
}

var unit = args.Length > 1 ? args[1] : "新闻办公室";
DateOnly? date = null;
if (args.Length > 2)
{
    if (!DateOnly.TryParseExact(args[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
    {
        Console.Error.WriteLine($"'{args[2]}' is not a date written yyyy-mm-dd, such as 2025-01-05");
        return 2;
    }

    date = parsed;
}

var document = new BulletinDocument
{
    Masthead = new Masthead { Name = "新闻通稿", EditingUnit = unit, Date = date },
    Items =
    [
        new Article
        {
            Headline = new Headline([.. lines[0].Split(" / ")]),
            Body = [.. lines.Skip(1).Select(line => line.StartsWith("## ", StringComparison.Ordinal) ? new Subheading(line[3..]) : (Block)line)],
        },
    ],
    Metadata = new DocumentMetadata { Title = lines[0].Replace(" / ", "", StringComparison.Ordinal), Author = unit },
};

var name = Path.ChangeExtension(args[0], null);
var options = new BulletinOptions { Theme = BulletinThemes.PressRelease, Fonts = DefaultFonts.CreateRegistry() };
try
{
    BulletinDocx.WriteFile(document, name + ".docx", options);
    BulletinPdf.WriteFile(document, name + ".pdf", options);
    File.WriteAllText(name + ".json", BulletinJson.Serialize(document));   // the same release for `bulletin render`
}
catch (BulletinValidationException problems)
{
    Console.Error.WriteLine(problems.Message);
    return 1;
}

Console.WriteLine($"{name}.docx\n{name}.pdf\n{name}.json");
return 0;
