using InternalControl.PolicyLanguage.Formatting;

namespace InternalControl.PolicyLanguage.Tests.Formatting;

public sealed class PolicyFormatterTests
{
    private const string Messy = """
        policy   "p"  country kz version 1
        -- 5.7: three or more 2 marks
        rule "r" priority 2
          when
        pupil p
                subject s
            count( mark g where g.value=2 )>=3
        then
         start "low-achiever" for p ,s
          end


        table t hit unique
        input x in [0..100] | output y
        [0..39] | 2
           [40..100]   |   3
        end
        """;

    private const string Expected = """
        policy "p" country kz version 1
        -- 5.7: three or more 2 marks
        rule "r" priority 2
        when
            pupil p
            subject s
            count(mark g where g.value = 2) >= 3
        then
            start "low-achiever" for p, s
        end

        table t hit unique
            input x in [0..100] | output y
            [0..39]             | 2
            [40..100]           | 3
        end

        """;

    [Fact]
    public void Format_MessyFile_CanonicalLayout()
    {
        // Act
        var result = PolicyFormatter.Format(Messy, "p.icp");

        // Assert
        Assert.Equal(Expected.Replace("\r\n", "\n"), result.Value);
    }

    [Fact]
    public void Format_FormattedFile_IsUnchanged()
    {
        // Arrange
        var once = PolicyFormatter.Format(Messy, "p.icp").Value!;

        // Act
        var twice = PolicyFormatter.Format(once, "p.icp").Value;

        // Assert
        Assert.Equal(once, twice);
    }

    [Fact]
    public void Format_PlugInBlock_IsIndentedAsABlock()
    {
        // Arrange: a block opened by a keyword that a plug-in parser owns ("fact" stands in for "workflow").
        const string source = "fact \"w\"\nstep a\nend\n";

        // Act
        var result = PolicyFormatter.Format(source, "w.icp", ["Kw.Fact"]);

        // Assert
        Assert.Equal("fact \"w\"\n    step a\nend\n", result.Value);
    }
}
