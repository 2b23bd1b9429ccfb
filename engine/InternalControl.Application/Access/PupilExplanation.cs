using InternalControl.Application.Cases;
using InternalControl.Localization;
using InternalControl.Rules.Explain;

namespace InternalControl.Application.Access;

/// <summary>
/// `ic explain` for a pupil's page, in words and in the reader's language, cut to what the reader may see: nothing for
/// a pupil they may not see; for a subject teacher, only the firings and marks of their subjects.
/// </summary>
public static class PupilExplanation
{
    /// <summary>The explanation from an evaluation of the whole school by <paramref name="session"/>'s policy.</summary>
    public static IReadOnlyList<string> For(SchoolSession session, PupilAccess access, string pupilId, Language language)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(access);
        if (session.Policy is null || !access.CanSeePupil(pupilId))
        {
            return [];
        }

        // On the school's engine: on NRules, the firings explained are those its session reported (RuleFiredEvent).
        var result = session.Policy.Evaluate(session.Data, session.Workspace.Calendar, session.Workspace.Today, session.Engine);
        return Explainer.Explain(result, pupilId, session.Data, language, subject => access.CanSeeSubject(pupilId, subject), session.Policy);
    }

    /// <summary>The explanation from a live school's rule session (a host's): the pupil's current result, nothing re-run.</summary>
    public static IReadOnlyList<string> For(LiveSchool live, PupilAccess access, string pupilId, Language language)
    {
        ArgumentNullException.ThrowIfNull(live);
        ArgumentNullException.ThrowIfNull(access);
        if (!access.CanSeePupil(pupilId) || live.ResultFor(pupilId) is not { } result)
        {
            return [];
        }

        return Explainer.Explain(result, pupilId, live.Snapshot.Data, language, subject => access.CanSeeSubject(pupilId, subject), live.Snapshot.Policy?.Rules);
    }
}
