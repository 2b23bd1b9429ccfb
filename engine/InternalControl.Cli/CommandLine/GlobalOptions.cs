using System.CommandLine;
using InternalControl.Localization;

namespace InternalControl.Cli.CommandLine;

/// <summary>The options every command takes: where the database is, who reads, and what day it is.</summary>
internal sealed class GlobalOptions
{
    public GlobalOptions(Localizer texts)
    {
        Db = new Option<string>("--db") { Description = texts.Get("Cli.Option.Db"), Recursive = true, DefaultValueFactory = _ => "internal-control.db" };
        Lang = new Option<string?>("--lang") { Description = texts.Get("Cli.Option.Lang"), Recursive = true };
        Now = new Option<string?>("--now") { Description = texts.Get("Cli.Option.Now"), Recursive = true };
        Json = new Option<bool>("--json") { Description = texts.Get("Cli.Option.Json"), Recursive = true };
        School = new Option<string?>("--school-name") { Description = texts.Get("Cli.Option.SchoolName"), Recursive = true };
        Force = new Option<bool>("--force") { Description = texts.Get("Cli.Option.Force"), Recursive = true };
    }

    public Option<string> Db { get; }

    public Option<string?> Lang { get; }

    public Option<string?> Now { get; }

    public Option<bool> Json { get; }

    public Option<string?> School { get; }

    /// <summary>Does what is otherwise refused: a --now outside the school's years, a sample over a folder of CSV files.</summary>
    public Option<bool> Force { get; }

    public void AddTo(RootCommand root)
    {
        root.Add(Db);
        root.Add(Lang);
        root.Add(Now);
        root.Add(Json);
        root.Add(School);
        root.Add(Force);
    }
}
