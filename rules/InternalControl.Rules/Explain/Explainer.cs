using InternalControl.Kernel.Concepts;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Rules.Model;
using InternalControl.Rules.Runtime;

namespace InternalControl.Rules.Explain;

/// <summary>`ic explain PUPIL`: why rules fired for a pupil, in the reader's language, with dates and numbers in the reader's culture.</summary>
public static class Explainer
{
    /// <summary>
    /// The explanation lines for one pupil: each firing, the facts it matched, and what it did. A reader who may see
    /// only some subjects (a subject teacher) passes <paramref name="showSubject"/>: firings and marks of other subjects are left out.
    /// With <paramref name="policy"/>, each rule is shown by its title in the reader's language (`title ky "..."`), else by its name.
    /// </summary>
    public static IReadOnlyList<string> Explain(EvaluationResult result, string pupilId, SchoolData data, Language language, Func<string, bool>? showSubject = null, CompiledPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(data);
        var text = new Localizer(language);
        var subjects = data.Subjects.ToDictionary(s => s.Id, s => s.Name(language));
        string SubjectName(string? id) => id is null ? "" : subjects.GetValueOrDefault(id, id);
        string RuleTitle(string rule) => policy?.RuleTitle(rule, language) ?? rule;
        var pupilName = data.PupilName(pupilId)!;
        var lines = new List<string>();
        bool Shown(string? subject) => subject is null || showSubject is null || showSubject(subject);
        var firings = result.Firings.Where(f => f.PupilId == pupilId && Shown(f.SubjectId)).ToList();
        if (firings.Count == 0)
        {
            lines.Add(text.Get("Rules.Explain.None", pupilName, text.Date(result.Now)));
            return lines;
        }

        foreach (var firing in firings)
        {
            lines.Add(firing.SubjectId is null
                ? text.Get("Rules.Explain.Fired", RuleTitle(firing.Rule), text.Date(firing.At), firing.Term)
                : text.Get("Rules.Explain.FiredSubject", RuleTitle(firing.Rule), text.Date(firing.At), SubjectName(firing.SubjectId), firing.Term));
            foreach (var fact in firing.Facts.Where(f => f.Type != TypeId.Mark || Shown(f.SubjectId)))
            {
                lines.Add(fact.Type == TypeId.Mark
                    ? text.Get("Rules.Explain.Mark", text.Number(fact.Value), text.Date(fact.Date), SubjectName(fact.SubjectId))
                    : text.Get("Rules.Explain.Absence", text.Number(fact.Value), text.Date(fact.Date)));
            }

            bool Mine(string rule, string? pupil, string? subject) => rule == firing.Rule && pupil == firing.PupilId && subject == firing.SubjectId;
            foreach (var start in result.Starts.Where(s => Mine(s.Rule, s.PupilId, s.SubjectId)))
            {
                // The workflow by its name in the reader's language (Workflows.Workflow.NAME), the case by its pupil and subject, not its key.
                var key = string.Join(", ", new[] { start.PupilId is null ? "" : pupilName, SubjectName(start.SubjectId) }.Where(x => x.Length > 0));
                lines.Add(text.Get("Rules.Explain.Started", new TextArg("Workflows.Workflow." + start.Workflow, start.Workflow), key.Length > 0 ? key : pupilName));
            }

            foreach (var fact in result.Facts.Where(f => f.Rule == firing.Rule && f.PupilId == firing.PupilId && Shown(f.SubjectId)))
            {
                // A derived fact by its text (Policies catalog, Policy.Fact.NAME), with its pupil and subject by name.
                var name = new TextArg("Policy.Fact." + fact.Name, fact.Name).Render(language);
                lines.Add(text.Get("Rules.Explain.Fact", $"{name} ({string.Join(", ", new[] { pupilName, SubjectName(fact.SubjectId) }.Where(x => x.Length > 0))}): {text.Number(fact.Value)}"));
            }

            foreach (var decision in result.Decisions.Where(d => Mine(d.Rule, d.PupilId, d.SubjectId)))
            {
                // A decision by its text (Policies catalog, Policy.Decision.NAME); a sheet's value by the sheet's title.
                var value = decision.Value switch
                {
                    double d => text.Number(d),
                    DateOnly day => text.Date(day),
                    bool yes => text.Get(yes ? "Rules.Explain.Yes" : "Rules.Explain.No"),
                    string sheet when Texts.Template("Matrix.Sheet." + sheet, text.Culture) is not null => text.Get("Matrix.Sheet." + sheet),
                    _ => decision.Value,
                };
                lines.Add(text.Get("Rules.Explain.Decision", new TextArg("Policy.Decision." + decision.Name, decision.Name), value));
            }

            foreach (var notification in result.Notifications.Where(n => Mine(n.Rule, n.PupilId, n.SubjectId)))
            {
                // Role names live in the Domain catalog; until a name is there, the code is shown.
                var role = Codes.TryParseRole(notification.Role, out var r) && Texts.Template(r.TextKey(), text.Culture) is not null ? text.Get(r.TextKey()) : notification.Role;
                lines.Add(text.Get("Rules.Explain.Notified", role));
            }
        }

        return lines;
    }
}
