using InternalControl.Kernel.Concepts;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Runtime;

namespace InternalControl.Application.Plans;

/// <summary>
/// The object and the sheet of a matrix re-control (seed 000 §3.3-3.4): a case of the workflow the policy tags
/// <c>report recontrols</c> (<see cref="ReportTag.Recontrol"/>), keyed by the object and the sheet in that order (the
/// rule's <c>start ... for x.object, x.sheet</c>), whatever the workflow and its key's parts are called.
/// </summary>
public static class RecontrolCases
{
    /// <summary>
    /// The evaluated object and sheet <paramref name="summary"/> re-controls, read from its key by its definition's key
    /// parts; null for a case of a workflow not tagged <c>recontrols</c>.
    /// </summary>
    public static (string ObjectId, string Sheet)? Target(WorkflowCatalog definitions, CaseSummary summary)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(summary);
        var definition = definitions.Find(summary.Workflow, summary.Version) ?? definitions.Latest(summary.Workflow);
        if (definition?.KeyedFor(ReportTag.Recontrol) != true)
        {
            return null;
        }

        var parts = CaseKey.Parts(summary.Key);
        return parts.TryGetValue(definition.Key[0], out var objectId) && parts.TryGetValue(definition.Key[1], out var sheet)
            ? (objectId, sheet)
            : null;
    }
}
