// The sample bulletins are being written (issue #2).
Console.WriteLine("Bulletin.Docs samples: not yet written.");
