using System.CommandLine;
using InternalControl.Application.Documents;
using InternalControl.Application.Workspaces;
using InternalControl.Cli.CommandLine;
using InternalControl.Localization;

namespace InternalControl.Cli.Commands;

/// <summary>
/// `ic document note|sheet-note|minutes|order [--quarter N | --year] [--sheet ID] [--class ID] [--templates DIR] --out FILE.docx`, and with
/// `--template` the shipped template itself (what seeds/templates holds and what a school starts its own from).
/// </summary>
internal sealed class DocumentCommand : ICommandDefinition
{
    public Command Build(Localizer texts, CommandRunner runner)
    {
        var codes = string.Join(", ", DocumentKinds.All.Select(k => k.Code()));
        var kindArgument = new Argument<string>("KIND") { Description = texts.Get("Cli.Document.Kind", codes) };
        var quarter = new Option<int?>("--quarter") { Description = texts.Get("Cli.Report.Quarter") };
        var year = new Option<bool>("--year") { Description = texts.Get("Cli.Document.Year") };
        var sheet = new Option<string?>("--sheet") { Description = texts.Get("Cli.Document.Sheet") };
        var classId = new Option<string?>("--class") { Description = texts.Get("Cli.Report.Class") };
        var templates = new Option<string?>("--templates") { Description = texts.Get("Cli.Document.Templates") };
        var blank = new Option<bool>("--template") { Description = texts.Get("Cli.Document.Template") };
        var output = new Option<string?>("--out") { Description = texts.Get("Cli.Document.Out") };
        var command = new Command("document", texts.Get("Cli.Document.Description")) { kindArgument, quarter, year, sheet, classId, templates, blank, output };
        runner.Bind(command, (context, parse) =>
        {
            var code = parse.GetValue(kindArgument);
            if (!DocumentKinds.TryParse(code, out var kind))
            {
                throw new UserErrorException("Documents.Error.UnknownKind", code, codes);
            }

            var path = parse.GetValue(output);
            if (string.IsNullOrWhiteSpace(path))
            {
                throw new UserErrorException("Cli.Error.OutRequired", "docx");
            }

            var number = parse.GetValue(quarter);
            if (number is < 1 or > 4)
            {
                throw new UserErrorException("Cli.Error.BadQuarter", number);
            }

            if (parse.GetValue(blank))
            {
                // A package wants to seek: the template is built in memory, then written whole.
                using var memory = new MemoryStream();
                DefaultTemplates.Write(kind.Value, memory, context.Texts);
                if (Application.Files.FileOutput.Write(path, stream => stream.Write(memory.GetBuffer(), 0, (int)memory.Length)) is { } notWritten)
                {
                    throw new UserErrorException(notWritten);
                }

                context.Say("Cli.Report.Written", Path.GetFullPath(path));
                return ExitCodes.Success;
            }

            using var session = context.OpenSession();
            var request = new DocumentRequest(kind.Value) { Quarter = number, Year = parse.GetValue(year), ClassId = parse.GetValue(classId), Sheet = parse.GetValue(sheet) };
            if (kind == DocumentKind.SheetNote)
            {
                // The Kazakh matrix's sheets (seed 000); a school whose policy has none writes no sheet note.
                var sheets = SchoolDocuments.Sheets(session);
                if (sheets.Count == 0)
                {
                    throw new UserErrorException("Documents.Error.NoMatrix");
                }

                if (request.Sheet is null || !sheets.Contains(request.Sheet, StringComparer.Ordinal))
                {
                    throw new UserErrorException("Documents.Error.UnknownSheet", request.Sheet ?? "", string.Join(", ", sheets));
                }
            }

            if (request.ClassId is { } id && session.Data.Classes.All(c => c.Id != id))
            {
                throw new UserErrorException("Documents.Error.UnknownClass", id);
            }

            var content = SchoolDocuments.Content(request, session, context.Texts);
            var folder = parse.GetValue(templates) ?? DocumentTemplates.FolderFor(session.Workspace);
            if (SchoolDocuments.Write(content, context.Texts.Language, folder, path) is { } refused)
            {
                throw new UserErrorException(refused);
            }

            context.Say("Cli.Report.Written", Path.GetFullPath(path));
            return ExitCodes.Success;
        });
        return command;
    }
}
