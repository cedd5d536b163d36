global using Bulletin.Docs.Model;
