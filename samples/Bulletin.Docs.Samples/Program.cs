using Bulletin.Docs;
using Bulletin.Docs.Fonts;
using Bulletin.Docs.Samples;

// Usage: dotnet run --project samples/Bulletin.Docs.Samples [output-folder]   (default: ./out)
// Writes NAME.docx, NAME.pdf and NAME-p1.png, NAME-p2.png … (96 dpi) for every sample.
var folder = Path.GetFullPath(args.Length > 0 ? args[0] : "out");

// One registry for every sample: each font file is read once. Faces installed under the Chinese
// names the Word files ask for (仿宋_GB2312/FangSong, 方正小标宋简体 …) are used in the PDF too.
var fonts = DefaultFonts.CreateRegistryWithSystemFonts(out var systemFonts);
foreach (var face in systemFonts.Registered)
{
    Console.Error.WriteLine($"system font: {face}");
}

var current = "";
try
{
    Directory.CreateDirectory(folder);
    foreach (var sample in Samples.All)
    {
        current = sample.Name;
        var options = sample.Options with { Fonts = fonts };
        var path = Path.Combine(folder, sample.Name);

        // Lay out once; the Word file, the PDF and the PNG previews are written from the same layout.
        var layout = BulletinLayoutEngine.Layout(sample.Document, options);
        // A placement the page set in the flow, or deeper than asked (on standard error, as the stand-ins below).
        foreach (var module in layout.Modules.Where(module => module.Note is not null))
        {
            Console.Error.WriteLine($"{sample.Name}: {module}");
        }

        BulletinDocx.WriteFile(layout, path + ".docx");
        Console.WriteLine(path + ".docx");

        BulletinPdf.WriteFile(layout, path + ".pdf");
        Console.WriteLine(path + ".pdf");
        // Stand-ins, one line per face the Word file names but this machine lacks (on standard error,
        // so standard output stays one path a line).
        foreach (var group in layout.Faces.Where(face => face.IsStandIn).GroupBy(face => (face.WantedFace, face.FaceUsed)))
        {
            Console.Error.WriteLine($"{sample.Name}: {group.Key.WantedFace} is not installed; the PDF sets {string.Join(", ", group.Select(face => face.Role))} in {group.Key.FaceUsed}");
        }

        foreach (var png in BulletinPng.WriteFiles(layout, folder, sample.Name))
        {
            Console.WriteLine(png);
        }
    }

    return 0;
}
catch (Exception exception)
{
    Console.Error.WriteLine($"Bulletin.Docs samples: could not write {current} in {folder}: {exception.GetType().Name}: {exception.Message}");
    return 1;
}
