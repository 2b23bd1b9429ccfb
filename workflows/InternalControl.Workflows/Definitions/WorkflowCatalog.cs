using InternalControl.Kernel.Diagnostics;

namespace InternalControl.Workflows.Definitions;

/// <summary>
/// The definitions a runtime knows, every version of each: new cases start on the latest version,
/// running cases keep resolving the version they started on.
/// </summary>
public sealed class WorkflowCatalog
{
    private readonly Dictionary<(string Name, int Version), WorkflowDefinition> _definitions = [];

    // The order definitions were added in: a policy set's files in order, so an overlay's workflow comes after the baseline's.
    private readonly Dictionary<(string Name, int Version), int> _order = [];

    public WorkflowCatalog(IEnumerable<WorkflowDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        foreach (var definition in definitions)
        {
            Add(definition);
        }
    }

    /// <summary>Every definition, by name then version.</summary>
    public IReadOnlyList<WorkflowDefinition> All =>
        [.. _definitions.Values.OrderBy(d => d.Name, StringComparer.Ordinal).ThenBy(d => d.Version)];

    /// <summary>Adds a definition; a second definition with the same name and version replaces nothing and is refused.</summary>
    public Diagnostic? Add(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (_definitions.TryGetValue((definition.Name, definition.Version), out var existing))
        {
            return existing.Hash == definition.Hash
                ? null
                : Diagnostic.ErrorOf("Workflows.Definition.ChangedWithoutVersion", definition.Name, definition.Version);
        }

        _definitions[(definition.Name, definition.Version)] = definition;
        _order[(definition.Name, definition.Version)] = _order.Count;
        return null;
    }

    /// <summary>The latest version of a workflow, or null.</summary>
    public WorkflowDefinition? Latest(string name) =>
        _definitions.Values.Where(d => d.Name == name).MaxBy(d => d.Version);

    /// <summary>
    /// The latest version of every workflow whose latest version is tagged <paramref name="tag"/> (<c>report TAG</c>), in
    /// the order they were added: a report reads the cases of them all, the shipped workflow's and a school's copy's.
    /// </summary>
    public IReadOnlyList<WorkflowDefinition> Tagged(string tag) =>
        [.. _definitions.Values.GroupBy(d => d.Name, StringComparer.Ordinal)
            .Select(g => g.MaxBy(d => d.Version)!)
            .Where(d => d.Report == tag)
            .OrderBy(d => _order[(d.Name, d.Version)])];

    /// <summary>
    /// The workflow a feature starts for <paramref name="tag"/>: the last of <see cref="Tagged"/>, or null. A policy file
    /// tags one workflow with a tag (a second is IC2110, <see cref="Parsing.ReportTagChecker"/>); when a later file (a
    /// school's overlay) tags its own copy, the copy, added last, is the one started.
    /// </summary>
    public WorkflowDefinition? LatestTagged(string tag) => Tagged(tag) is [.., var last] ? last : null;

    /// <summary>A given version of a workflow, or null.</summary>
    public WorkflowDefinition? Find(string name, int version) => _definitions.GetValueOrDefault((name, version));
}
