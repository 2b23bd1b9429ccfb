using InternalControl.Kernel.Concepts;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Rules.Runtime;

namespace InternalControl.Rules.Explain;

/// <summary>`ic explain PUPIL`: why rules fired for a pupil, in the reader's language, with dates and numbers in the reader's culture.</summary>
public static class Explainer
{
    /// <summary>
    /// The explanation lines for one pupil: each firing, the facts it matched, and what it did. A reader who may see
    /// only some subjects (a subject teacher) passes <paramref name="showSubject"/>: firings and marks of other subjects are left out.
    /// </summary>
    public static IReadOnlyList<string> Explain(EvaluationResult result, string pupilId, SchoolData data, Language language, Func<string, bool>? showSubject = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(data);
        var text = new Localizer(language);
        var subjects = data.Subjects.ToDictionary(s => s.Id, s => s.Name(language));
        string SubjectName(string? id) => id is null ? "" : subjects.GetValueOrDefault(id, id);
        var lines = new List<string>();
        bool Shown(string? subject) => subject is null || showSubject is null || showSubject(subject);
        var firings = result.Firings.Where(f => f.PupilId == pupilId && Shown(f.SubjectId)).ToList();
        if (firings.Count == 0)
        {
            lines.Add(text.Get("Rules.Explain.None", pupilId, text.Date(result.Now)));
            return lines;
        }

        foreach (var firing in firings)
        {
            lines.Add(firing.SubjectId is null
                ? text.Get("Rules.Explain.Fired", firing.Rule, text.Date(firing.At), firing.Term)
                : text.Get("Rules.Explain.FiredSubject", firing.Rule, text.Date(firing.At), SubjectName(firing.SubjectId), firing.Term));
            foreach (var fact in firing.Facts.Where(f => f.Type != TypeId.Mark || Shown(f.SubjectId)))
            {
                lines.Add(fact.Type == TypeId.Mark
                    ? text.Get("Rules.Explain.Mark", text.Number(fact.Value), text.Date(fact.Date), SubjectName(fact.SubjectId))
                    : text.Get("Rules.Explain.Absence", text.Number(fact.Value), text.Date(fact.Date)));
            }

            bool Mine(string rule, string? pupil, string? subject) => rule == firing.Rule && pupil == firing.PupilId && subject == firing.SubjectId;
            foreach (var start in result.Starts.Where(s => Mine(s.Rule, s.PupilId, s.SubjectId)))
            {
                lines.Add(text.Get("Rules.Explain.Started", start.Workflow, start.Key));
            }

            foreach (var fact in result.Facts.Where(f => f.Rule == firing.Rule && f.PupilId == firing.PupilId && Shown(f.SubjectId)))
            {
                lines.Add(text.Get("Rules.Explain.Fact", $"{fact.Name}({string.Join(", ", new[] { fact.PupilId, SubjectName(fact.SubjectId) }.Where(x => x.Length > 0))})"));
            }

            foreach (var decision in result.Decisions.Where(d => Mine(d.Rule, d.PupilId, d.SubjectId)))
            {
                lines.Add(text.Get("Rules.Explain.Decision", decision.Name, decision.Value is double d ? text.Number(d) : decision.Value is DateOnly day ? text.Date(day) : decision.Value));
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
