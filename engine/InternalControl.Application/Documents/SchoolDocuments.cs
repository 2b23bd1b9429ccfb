using System.Globalization;
using InternalControl.Application.Cases;
using InternalControl.Application.Files;
using InternalControl.Application.Reports;
using InternalControl.Application.Reports.District;
using InternalControl.Kernel.Diagnostics;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Workflows;

namespace InternalControl.Application.Documents;

/// <summary>
/// The documents a deputy director and a director hand in, filled from the school's data into a template in the
/// reader's language: the reference note on a quarter's results per class (quality, success rate, СОУ, as the district
/// summary counts them), and the pedagogical council's minutes and the director's order on the pupils who have not
/// mastered the programme, each by name with the subjects of their "2" and the council's decision on them once the
/// director has recorded it (No. 97 9.5: the council decides per pupil; <see cref="CouncilDecisions"/>).
/// </summary>
public static class SchoolDocuments
{
    /// <summary>What a document shows where the school has not recorded a value yet: a line to write it on.</summary>
    private const string Blank = "___";

    /// <summary>What fills the template, from the school's data as of the workspace's today.</summary>
    public static DocumentContent Content(DocumentRequest request, SchoolSession session, Localizer texts)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(texts);
        var workspace = session.Workspace;
        var data = session.Data;
        var calendar = workspace.Calendar;
        var quarter = request.Year ? 4 : request.Quarter ?? calendar.QuarterOf(workspace.Today)?.Number ?? 1;
        if (quarter is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.Quarter, "A quarter is 1-4.");
        }

        var period = request.Year ? texts.Get("Reports.Period.Year", calendar.Year) : texts.Get("Reports.Period.Quarter", quarter, calendar.Year);
        var options = new ReportOptions(quarter) { Calendar = calendar, ClassId = request.ClassId }.WithPolicy(session.Policy);
        var scope = ReportScope.Create(data, options, texts);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["school"] = workspace.School.Name,
            ["date"] = texts.Date(workspace.Today),
            ["title"] = texts.Get("Documents.Name." + request.Kind.Code()),
            ["period"] = period,
            ["director"] = data.Staff.FirstOrDefault(s => s.Has(StaffRole.Director))?.FullName ?? string.Empty,
            ["deputy"] = data.Staff.FirstOrDefault(s => s.Has(StaffRole.DeputyDirector))?.FullName ?? string.Empty,
        };
        List<IReadOnlyDictionary<string, string>> items = request.Kind switch
        {
            DocumentKind.Note => NoteItems(scope, fields, texts),
            DocumentKind.SheetNote => SheetItems(data, options, request.Sheet, fields, texts),
            _ => PupilItems(scope, data, request, CouncilDecisions.Of(session, calendar.Start, calendar.End), fields, texts),
        };
        fields["subject"] = request.Kind switch
        {
            DocumentKind.Note => texts.Get("Documents.Note.Subject", period),
            DocumentKind.SheetNote => texts.Get("Documents.SheetNote.Subject", fields["sheet"]),
            DocumentKind.Minutes => texts.Get("Documents.Minutes.Subject", period),
            _ => texts.Get("Documents.Order.Subject", period),
        };
        fields["count"] = items.Count.ToString(CultureInfo.InvariantCulture);
        return new DocumentContent(request.Kind, fields, items);
    }

    /// <summary>
    /// Writes the document to <paramref name="output"/> from the school's template in <paramref name="templatesFolder"/>
    /// or the shipped one; null when written, else why not (a broken template, an unknown field): then nothing is written.
    /// </summary>
    public static Diagnostic? Write(DocumentContent content, Language language, string? templatesFolder, Stream output)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(output);
        var (template, name) = DocumentTemplates.Open(content.Kind, language, templatesFolder);
        using (template)
        {
            return TemplateFiller.Fill(template, name, content, output);
        }
    }

    /// <summary>Writes the document to the file <paramref name="path"/> (see <see cref="FileOutput"/>): the file is written whole or left as it was.</summary>
    public static Diagnostic? Write(DocumentContent content, Language language, string? templatesFolder, string path)
    {
        using var memory = new MemoryStream();
        if (Write(content, language, templatesFolder, memory) is { } refused)
        {
            return refused;
        }

        return FileOutput.Write(path, file =>
        {
            memory.Position = 0;
            memory.CopyTo(file);
        });
    }

    private static List<IReadOnlyDictionary<string, string>> NoteItems(ReportScope? scope, Dictionary<string, string> fields, Localizer texts)
    {
        var items = new List<IReadOnlyDictionary<string, string>>();
        var all = new List<ClassFigures>();
        foreach (var group in scope?.Classes ?? [])
        {
            if (ClassFigures.Of(scope!, group) is not { } f)
            {
                continue;
            }

            all.Add(f);
            items.Add(new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["class"] = group.Name,
                ["pupils"] = Number(f.Pupils, texts),
                ["all_fives"] = Number(f.AllFives, texts),
                ["fours_fives"] = Number(f.FoursAndFives, texts),
                ["single_three"] = Number(f.SingleThree, texts),
                ["failing"] = Number(f.Failing, texts),
                ["quality"] = Percent(f.Quality, texts),
                ["success"] = Percent(f.Success, texts),
                ["sou"] = Percent(f.Sou, texts),
            });
        }

        var pupils = all.Sum(f => f.Pupils);
        var failing = all.Sum(f => f.Failing);
        var notAssessed = all.Sum(f => f.NotAssessed);
        var withSou = all.Where(f => f.Sou is not null).ToList();
        fields["pupils"] = Number(pupils, texts);
        fields["failing"] = Number(failing, texts);
        fields["quality"] = pupils == 0 ? string.Empty : Percent(100.0 * all.Sum(f => f.AllFives + f.FoursAndFives) / pupils, texts);
        fields["success"] = pupils == 0 ? string.Empty : Percent(100.0 * (pupils - failing - notAssessed) / pupils, texts);
        fields["sou"] = withSou.Count == 0 ? string.Empty : Percent(withSou.Sum(f => f.Sou!.Value * f.Pupils) / withSou.Sum(f => f.Pupils), texts);
        return items;
    }

    /// <summary>
    /// The objects evaluated by one sheet of the Kazakh matrix (seed 000 §3.2-3.4): each one's latest scores, its group
    /// under the school's rule and the decision; the caller has checked the sheet (<see cref="Sheets"/>).
    /// </summary>
    private static List<IReadOnlyDictionary<string, string>> SheetItems(SchoolData data, ReportOptions options, string? sheetId, Dictionary<string, string> fields, Localizer texts)
    {
        var matrix = options.Matrix;
        var sheet = sheetId is null ? null : matrix?.Find(sheetId);
        if (matrix is null || sheet is null)
        {
            throw new ArgumentException("Not a sheet of the school's matrix; see SchoolDocuments.Sheets.", nameof(sheetId));
        }

        fields["sheet"] = sheet.Id + " " + texts.Get(sheet.Title);
        var names = data.Staff.Select(s => (s.Id, Name: s.FullName)).Concat(data.Classes.Select(c => (c.Id, c.Name)))
            .DistinctBy(n => n.Id, StringComparer.Ordinal).ToDictionary(n => n.Id, n => n.Name, StringComparer.Ordinal);
        return [.. Control.Evaluations.Evaluate(data.Scores, matrix, options.GroupRule, options.ExemptionEvaluations)
            .Where(e => e.Sheet == sheet.Id)
            .Select(e => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["object"] = names.GetValueOrDefault(e.ObjectId, e.ObjectId),
                ["kind"] = new TextArg("Domain.ObjectKind." + e.ObjectKind, e.ObjectKind).Render(texts.Language),
                ["scores"] = string.Join(" ", e.Scores),
                ["group"] = texts.Get("Group." + e.Group),
                ["decision"] = e.Decision?.Describe(texts) ?? texts.Get("Matrix.NoDecision"),
                ["date"] = texts.Date(e.Date),
            })];
    }

    /// <summary>The evaluation sheets of the school's matrix (the sheet notes it can write), by id; empty when its policy has no matrix.</summary>
    public static IReadOnlyList<string> Sheets(SchoolSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return [.. (Control.DecisionMatrix.From(session.Policy)?.Sheets ?? []).Select(s => s.Id)];
    }

    /// <summary>
    /// The pupils with a "2" (a final mark of the quarter, or for the year a year mark) with the subjects of it, and the
    /// pupils the council decided on; each with the council's decision once recorded, else a line to write it on. The
    /// minutes' number and date are those of the latest decision, else lines.
    /// </summary>
    private static List<IReadOnlyDictionary<string, string>> PupilItems(
        ReportScope? scope, SchoolData data, DocumentRequest request, IReadOnlyList<CouncilDecision> decisions, Dictionary<string, string> fields, Localizer texts)
    {
        var latest = decisions.Count == 0 ? null : decisions[^1];
        fields["minutes_number"] = latest?.MinutesNumber ?? Blank;
        fields["minutes_date"] = latest?.MinutesDate is { } minutes ? texts.Date(minutes) : Blank;
        var decided = decisions.ToDictionary(d => d.PupilId, StringComparer.Ordinal);
        var subjects = data.Subjects.ToDictionary(s => s.Id);
        string SubjectName(string id) => subjects.TryGetValue(id, out var s) ? s.Name(texts.Language) : id;
        var failing = new List<(ClassGroup Class, Pupil Pupil, List<string> Subjects)>();
        foreach (var group in scope?.Classes ?? [])
        {
            foreach (var pupil in scope!.PupilsOf(group))
            {
                var twos = request.Year
                    ? data.Marks.Where(m => m.PupilId == pupil.Id && m.Kind == MarkKind.Year && m.Value <= 2 && m.Date >= scope.Calendar.Start && m.Date <= scope.Calendar.End).Select(m => m.SubjectId).Distinct().ToList()
                    : scope.SubjectsOf(group).Where(s => scope.FinalMarkOf(pupil, group, s) is { Value: <= 2 }).ToList();
                if (twos.Count > 0 || decided.ContainsKey(pupil.Id))
                {
                    failing.Add((group, pupil, [.. twos.Select(SubjectName).Order(StringComparer.Ordinal)]));
                }
            }
        }

        return [.. failing.Select((f, i) => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["no"] = (i + 1).ToString(CultureInfo.InvariantCulture),
            ["pupil"] = f.Pupil.FullName,
            ["class"] = f.Class.Name,
            ["subjects"] = string.Join(", ", f.Subjects),
            ["decision"] = decided.TryGetValue(f.Pupil.Id, out var d) ? WorkflowText.Choice(d.Decision).Render(texts.Language) : Blank,
        })];
    }


    private static string Number(int value, Localizer texts) => value.ToString("0", texts.Culture);

    private static string Percent(double? value, Localizer texts) => value is { } v ? v.ToString("0.0", texts.Culture) : string.Empty;
}
