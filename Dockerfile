# An image for grading with `medialit grade` where no sandbox works on the machine itself:
# macOS, Windows, or Linux without user namespaces. See docs/grading-safety.md.
#
#   docker build -t medialit-grader .
#   docker run --rm --network none --memory 4g --pids-limit 1024 \
#       --cap-add SYS_ADMIN --security-opt seccomp=unconfined --security-opt apparmor=unconfined \
#       -v "$PWD/submissions/01:/grading/submissions:ro" -v "$PWD/set-01:/grading/solutions:ro" \
#       -v "$PWD/grades/01:/grading/out" medialit-grader \
#       medialit grade /grading/submissions --solutions /grading/solutions -o /grading/out/grades.csv
#
# With SYS_ADMIN and the two security options, bubblewrap works inside the container and each
# notebook gets its own sandbox there (the solutions stay out of the students' reach). Without
# them, `medialit grade` stops and asks for --unsafe: then the container is the only wall, and a
# notebook can read the solutions mounted into it.
FROM python:3.11-slim

RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends bubblewrap \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /kit
# Only the package: no solutions, tests or notebooks go into the image.
COPY pyproject.toml README.md ./
COPY medialit ./medialit
RUN python -m pip install --no-cache-dir . && rm -rf /kit

WORKDIR /grading
CMD ["medialit", "grade", "--help"]
