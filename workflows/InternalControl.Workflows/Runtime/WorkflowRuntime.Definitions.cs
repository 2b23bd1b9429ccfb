using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Definitions.Parsing;

namespace InternalControl.Workflows.Runtime;

/// <summary>
/// Versions: every definition that came from policy text is stored with the school before the runtime's first transition, and a case whose
/// version is no longer in the loaded policy is run on the stored text of that version (checked by its hash).
/// </summary>
public sealed partial class WorkflowRuntime
{
    private readonly Dictionary<(string Name, int Version, string Hash), WorkflowDefinition?> _stored = [];

    private bool _definitionsStored;

    /// <summary>
    /// Stores the definitions the database does not hold yet, once per runtime, before its first transition: a case
    /// refers to its definition's stored text. Opening writes nothing (hardening, finding 9), so a command that reads, or
    /// that is refused before it changes a case, leaves the database as it was; a runtime over a database opened for
    /// reading never stores (it changes no case).
    /// </summary>
    private void StoreDefinitions()
    {
        if (_definitionsStored || _options.Database.IsReadOnly)
        {
            return;
        }

        foreach (var definition in _options.Definitions.All.Where(d => d.Source is not null))
        {
            if (_store.DefinitionSource(SchoolId, definition.Name, definition.Version, definition.Hash) is null)
            {
                _store.SaveDefinition(SchoolId, definition);
            }
        }

        _definitionsStored = true;
    }

    /// <summary>The definition a case runs on: the loaded one when its hash matches, else the stored text of that version.</summary>
    private WorkflowDefinition? Definition(string name, int version, string hash)
    {
        if (_options.Definitions.Find(name, version) is { } loaded && loaded.Hash == hash)
        {
            return loaded;
        }

        if (_stored.TryGetValue((name, version, hash), out var known))
        {
            return known;
        }

        var source = _store.DefinitionSource(SchoolId, name, version, hash);
        var found = source is null
            ? null
            : WorkflowBinder.Load(source, $"{name}@{version}").Value?.FirstOrDefault(d => d.Name == name && d.Version == version && d.Hash == hash);
        _stored[(name, version, hash)] = found;
        return found;
    }
}
