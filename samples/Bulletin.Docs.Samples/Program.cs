using Bulletin.Docs.Samples;

// Usage: dotnet run --project samples/Bulletin.Docs.Samples [output-folder]   (default: ./out)
var folder = Path.GetFullPath(args.Length > 0 ? args[0] : "out");
var current = folder;
try
{
    Directory.CreateDirectory(folder);
    foreach (var sample in Samples.All)
    {
        foreach (var format in OutputFormat.All)
        {
            current = $"{sample.Name}.{format.Extension}";
            Console.WriteLine(format.Write(sample, folder));
        }
    }

    return 0;
}
catch (Exception exception)
{
    Console.Error.WriteLine($"Bulletin.Docs samples: could not write {current} in {folder}: {exception.GetType().Name}: {exception.Message}");
    return 1;
}
