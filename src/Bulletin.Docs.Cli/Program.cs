using Bulletin.Docs.Cli;

return BulletinCli.Run(args, new ConsoleIo());
