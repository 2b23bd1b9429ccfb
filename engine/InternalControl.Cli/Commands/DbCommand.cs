using System.CommandLine;
using InternalControl.Application.Workspaces;
using InternalControl.Cli.CommandLine;
using InternalControl.Kernel.Diagnostics;
using InternalControl.Localization;
using InternalControl.Storage.Database;

namespace InternalControl.Cli.Commands;

/// <summary>
/// `ic db copy --from SOURCE --to TARGET`: copies a database (a school's SQLite file, or a PostgreSQL database) into an
/// empty one of either kind, table by table in one transaction on the target, checking every table's row count.
/// </summary>
internal sealed class DbCommand : ICommandDefinition
{
    public Command Build(Localizer texts, CommandRunner runner)
    {
        var from = new Option<string>("--from") { Description = texts.Get("Cli.Db.Copy.From"), Required = true };
        var to = new Option<string>("--to") { Description = texts.Get("Cli.Db.Copy.To"), Required = true };
        var copy = new Command("copy", texts.Get("Cli.Db.Copy.Description")) { from, to };
        runner.Bind(copy, (context, parse) =>
        {
            var source = Open(parse.GetValue(from)!, mustExist: true);
            var target = Open(parse.GetValue(to)!, mustExist: DatabaseTarget.LooksLikePostgres(parse.GetValue(to)!));
            var outcome = DatabaseCopy.Copy(source, target);
            if (outcome.Refusal is { } refused)
            {
                throw new UserErrorException(refused);
            }

            context.Say("Cli.Db.Copy.Done", outcome.Rows.Values.Sum(), outcome.Rows.Count, source.Path, target.Path);
            return ExitCodes.Success;
        });
        return new Command("db", texts.Get("Cli.Db.Description")) { copy };
    }

    /// <summary>An existing database (a missing file or a server that refuses is a user error), or a new SQLite file.</summary>
    private static SchoolDatabase Open(string path, bool mustExist)
    {
        if (!mustExist)
        {
            return Workspace.OpenDatabase(path);
        }

        var opened = Workspace.OpenExisting(path);
        return opened.Succeeded ? opened.Value : throw new UserErrorException(opened.Errors.First());
    }
}
