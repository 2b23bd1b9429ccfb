using InternalControl.Kernel.Diagnostics;

namespace InternalControl.Workflows.Definitions.Parsing;

/// <summary>Where the parser stands when it meets a parameter's name: it records the use for the binder.</summary>
internal sealed record ParameterSite(List<ParameterUse> Uses, string Step, ParameterSlot Slot, int Row = 0, int Condition = 0)
{
    /// <summary>Records a use of <paramref name="name"/> written at <paramref name="span"/> and returns the name (the placeholder).</summary>
    public string Use(SourceSpan span, string name)
    {
        Uses.Add(new ParameterUse(name, span, Step, Slot, Row, Condition));
        return name;
    }
}
