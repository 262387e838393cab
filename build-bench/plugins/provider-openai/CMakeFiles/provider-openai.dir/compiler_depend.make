# Empty compiler generated dependencies file for provider-openai.
# This may be replaced when dependencies are built.
