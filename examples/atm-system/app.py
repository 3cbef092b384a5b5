"""ATM system API (demo application for Shipshape)."""
import os

from flask import Flask, jsonify

app = Flask(__name__)


@app.get("/balance/<account>")
def balance(account: str):
    return jsonify({"account": account, "balance": 0})


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=80, debug=os.environ.get("FLASK_DEBUG") == "1")
