import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.setrecursionlimit(max(sys.getrecursionlimit(), 10000))
